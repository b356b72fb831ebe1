// Turns the bytes of a file into article text, or a clear reason why they are not one.

/** A problem with one input; the message names the input and says what is wrong. */
export class InputError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Articles above this size are refused: no news article is this long, and the store keeps whole texts. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export interface Decoded {
  text: string;
  /** How the bytes were read, when it was not plain UTF-8 ("utf-16le", "windows-1252", …). */
  encoding: string;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do): in mostly-ASCII text every other
 * byte is zero. Null when the bytes do not look like that.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decodes article bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or detected), else Windows-1252 with a warning. */
export function decodeArticle(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length === 0) throw new InputError(name, 'empty file');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(name, `too large for one article (${(bytes.length / 1048576).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1048576} MB)`);
  }
  // UTF-32's marks begin like UTF-16's; read as UTF-16 they would give text full of NUL characters.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new InputError(name, 'UTF-32 text is not supported; save it as UTF-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return check(new TextDecoder('utf-16le').decode(bytes.subarray(2)), name, 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return check(new TextDecoder('utf-16be').decode(bytes.subarray(2)), name, 'utf-16be', []);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return check(new TextDecoder(utf16).decode(bytes), name, utf16, [`no byte-order mark; read as ${utf16.toUpperCase()}`]);
  if (looksBinary(bytes)) throw new InputError(name, 'binary data, not text');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return check(utf8.decode(body), name, 'utf-8', []);
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  // A file cut in the middle of a multi-byte character: drop the broken tail and say so.
  for (let cut = 1; cut <= 3 && cut < body.length; cut++) {
    try {
      const text = utf8.decode(body.subarray(0, body.length - cut));
      return check(text, name, 'utf-8', ['input ends in the middle of a UTF-8 character; the broken tail was dropped']);
    } catch {
      /* try a longer cut */
    }
  }
  const text = new TextDecoder('windows-1252').decode(body);
  return check(text, name, 'windows-1252', ['not valid UTF-8; read as Windows-1252 (Latin-1)']);
}

function check(text: string, name: string, encoding: string, warnings: string[]): Decoded {
  if (text.trim() === '') throw new InputError(name, 'no text (only whitespace)');
  return { text, encoding, warnings };
}
