// Writes the hostile input files for the bad-input tests into a temporary folder, at test time
// (a 200 MB file is created sparse, never committed), each with the result dyad must give.
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A short article of our own, used as the body of several inputs. */
export const GOOD_ARTICLE = ` date 2024-09-17 Chile and Peru agree to reopen border crossing

LIMA, Sept. 16 -- Peruvian Foreign Minister Elmer Schialer and his Chilean counterpart Alberto van Klaveren met in Lima on Monday and agreed to reopen the Chacalluta crossing to freight traffic from next month.

The two ministers also signed a memorandum on migration data and said trade between the neighbours reached 4.2 billion U.S. dollars last year.

"We have shown that dialogue works," Schialer told reporters after the meeting.
`;

const other = (place: string, verb: string): string => ` date 2023-03-02 Kenya and Tanzania ${verb}

NAIROBI, March 1 -- Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in ${place} on Wednesday and agreed to remove 14 non-tariff barriers on cross-border trade.
`;

export type Expected =
  /** Refused with an error naming the file; `reason` is matched against the message. A folder may also give `records`. */
  | { kind: 'error'; reason: RegExp; records?: number }
  /** Read and extracted; `warning` (when given) must appear among the record's warnings. */
  | { kind: 'record'; warning?: RegExp; text?: RegExp }
  /** A feed or JSON Lines file: items read (named by the suffix of their input: "#1" for a feed entry, ":3" for a line) and items reported. */
  | { kind: 'items'; stored: string[]; problems: { item: string; reason: RegExp }[] };

/** Kept for the ingest tests' imports: extract and ingest read every input alike. */
export type IngestExpected = Expected;

export interface HostileInput {
  name: string;
  /** What to pass to extract/ingest: a file, or a folder for the walking cases. */
  path: string;
  expect: Expected;
  /** Slow to extract (megabytes of text): each runs through the CLI alone, with a time budget. */
  heavy?: boolean;
  /** A feed, page or JSON Lines file, read by its format. */
  structured?: boolean;
  /** A known defect, with what is wrong: the test runs and reports it without failing the suite. */
  knownBug?: string;
  /** The same for ingest. */
  ingestBug?: string;
}

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
const repeat = (s: string, chars: number): string => s.repeat(Math.ceil(chars / s.length)).slice(0, chars);

/** Writes every hostile input under `dir` and returns them with their expected results. */
export function writeHostileInputs(dir: string): HostileInput[] {
  mkdirSync(dir, { recursive: true });
  const list: HostileInput[] = [];
  const file = (name: string, content: Buffer | string, expect: Expected, extra: Partial<HostileInput> = {}): void => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    list.push({ name, path: p, expect, ...extra });
  };
  const ok = (warning?: RegExp, text?: RegExp): Expected => ({ kind: 'record', warning, text });
  const err = (reason: RegExp): Expected => ({ kind: 'error', reason });

  // Encodings and bytes.
  file('empty.txt', '', err(/empty file/));
  file('whitespace-only.txt', ' \n\t\r\n   \n', err(/no text/));
  file('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), err(/no text/));
  file('binary.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), err(/binary/));
  file('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(64, 1)]), err(/binary/));
  file('control-characters-only.txt', Buffer.from(Array.from({ length: 512 }, (_, i) => 1 + (i % 8))), err(/binary/));
  const good = enc(GOOD_ARTICLE);
  file('truncated-utf8.txt', Buffer.concat([enc(GOOD_ARTICLE + 'Talks continue in Arica and Tacna, says the envoy from Bogot'), Buffer.from([0xc3])]), ok(/middle of a UTF-8 character/));
  file('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_ARTICLE, 'utf16le')]), ok(undefined, /Chacalluta/));
  file('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD_ARTICLE, 'utf16le').swap16()]), ok(undefined, /Chacalluta/));
  file('utf16le-no-bom.txt', Buffer.from(GOOD_ARTICLE, 'utf16le'), ok(/read as UTF-16LE/, /Chacalluta/));
  file('utf16be-no-bom.txt', Buffer.from(GOOD_ARTICLE, 'utf16le').swap16(), ok(/read as UTF-16BE/, /Chacalluta/));
  file('utf16-bom-only.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), err(/no text/));
  file('utf32le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...'Chile and Peru met.'].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]), err(/UTF-32 text is not supported/));
  file('latin1.txt', Buffer.from(other('Namanga', 'cut trade barriers') + 'The ministers met at the caf\u00e9 of the Ses\u00edon hall.\n', 'latin1'), ok(/Windows-1252/));
  file('invalid-utf8-middle.txt', Buffer.concat([good.subarray(0, 200), Buffer.from([0xc0, 0xaf, 0xff]), good.subarray(200)]), ok(/Windows-1252/));
  file('crlf-line-ends.txt', GOOD_ARTICLE.replace(/\n/g, '\r\n'), ok(undefined, /Chacalluta/));
  file('control-characters.txt', GOOD_ARTICLE.replace('met in Lima', 'met\u0007 in \u001b[31mLima\u001b[0m').replace('signed', 'sig\u000bned\u000c'), ok());
  file('nul-after-8k.txt', GOOD_ARTICLE + repeat('The talks went on. ', 9000) + '\u0000 end.\n', ok());
  file('lone-surrogates-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_ARTICLE, 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]), ok());
  file('emoji-and-rtl.txt', GOOD_ARTICLE + '\nReaction online: \u{1F91D}\u{1F1E8}\u{1F1F1}\u{1F1F5}\u{1F1EA} \u202Eevil\u202C \u0627\u0644\u0633\u0644\u0627\u0645\n', ok());

  // Size and shape.
  const huge = path.join(dir, 'huge-200mb.txt');
  const fd = openSync(huge, 'w');
  writeSync(fd, good);
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, a few kB on disk
  closeSync(fd);
  list.push({ name: 'huge-200mb.txt', path: huge, expect: err(/too large/) });
  file('one-5m-character-line.txt', repeat('Envoys from Chile and Peru met again and spoke at length about ports and freight, ', 5_000_000), ok(), { heavy: true });
  file('one-1mb-word.txt', GOOD_ARTICLE + repeat('abcdefghij', 1_000_000) + '\n', ok(), { heavy: true });
  file('no-sentence-ends.txt', repeat('Chilean and Peruvian officials discussed the border and the port and the railway and ', 60_000), ok(), { heavy: true });
  file('blank-lines.txt', GOOD_ARTICLE + '\n'.repeat(200_000) + 'x\n', ok());
  file('capitalised-run.txt', GOOD_ARTICLE + repeat('President Minister Of The Republic ', 200_000) + '.\n', ok(), { heavy: true });
  file('digit-run.txt', GOOD_ARTICLE + repeat('1,000,', 200_000) + ' dollars.\n', ok(), { heavy: true });
  file('unbalanced-quotes.txt', GOOD_ARTICLE + repeat('"He said, ', 100_000) + '\n', ok(), { heavy: true });
  // Many quotes and pronouns but no named person, like an unattributed interview transcript.
  file('quotes-pronouns-no-people.txt', ' date 2024-09-17 Interview\n\nLIMA -- Officials met.\n' + repeat('"He said, ', 100_000) + '\n', ok(), { heavy: true });
  file('nested-parentheses.txt', GOOD_ARTICLE + '('.repeat(100_000) + 'Lima' + ')'.repeat(100_000) + '\n', ok(), { heavy: true });

  // Content that is not what it seems.
  file('no-date-no-header.txt', 'Officials from Chile and Peru met on Monday and agreed to reopen a border crossing.\n', ok());
  file('another-language.txt', 'Les ministres des Affaires \u00e9trang\u00e8res du Chili et du P\u00e9rou se sont r\u00e9unis lundi \u00e0 Lima. \u4e24\u56fd\u5916\u957f\u5728\u5229\u9a6c\u4e3e\u884c\u4f1a\u8c08\u3002\n', ok());
  file('impossible-dates.txt', ` date 2024-02-31 Talks set for February 30\n\nLIMA -- Chile and Peru said on 31 February 2024 that talks would resume on February 30, 2025, and again on 2024-13-45 and on the 0th of Smarch.\n`, ok(/header date 2024-02-31 is not a calendar date/));
  file('absurd-numbers.txt', GOOD_ARTICLE + '\nPeru pledged 1e308 dollars, then $99999999999999999999999999 billion, a rise of 99999999999999999999% and of -0.0000000001 percent; Chile offered 10^400 yuan and NaN euros and Infinity pesos.\n', ok());
  file('html-no-body.html', '<!doctype html><html><head><title>Chile and Peru</title><meta property="article:published_time" content="2024-09-16"></head></html>', err(/no article text in the page/), {
    structured: true,
  });
  file('deeply-nested.html', `<html><body>${'<div>'.repeat(2_500)}<p>${GOOD_ARTICLE.replace('on Monday', 'on Thursday')}</p>${'</div>'.repeat(2_500)}</body></html>`, ok(), {
    structured: true,
  });
  // Deeper than any recursive walk of the tree could go on the default stack.
  file('nested-100k-levels.html', `<html><body>${'<div>'.repeat(100_000)}<p>${GOOD_ARTICLE.replace('on Monday', 'on Tuesday')}</p>${'</div>'.repeat(100_000)}</body></html>`, ok(), {
    structured: true,
    heavy: true,
  });
  file('unclosed-tags.html', `<html><body>${'<div><span><b>'.repeat(30_000)}<p>${GOOD_ARTICLE.replace('on Monday', 'on Wednesday')}</p></body></html>`, ok(), {
    structured: true,
    heavy: true,
  });
  file('script-only.html', `<html><head><script>${repeat('var a = "Chile and Peru met";', 200_000)}</script></head><body><script>document.write("hi")</script></body></html>`, err(/no article text in the page/), {
    structured: true,
    heavy: true,
  });
  file('broken-rss.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Chile and Peru</title><description>${GOOD_ARTICLE}</description><pubDate>Mon, 16 Sep 2024 10:00:00 GMT</pubDate></item><item><title>Broken`, err(/malformed XML/), {
    structured: true,
  });
  file('atom-no-dates.xml', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Kenya and Tanzania</title><id>urn:x:1</id><content type="text">${other('Namanga', 'meet').replace(/^ date \S+ /, '')}</content></entry></feed>`, { kind: 'items', stored: ['#1'], problems: [] }, {
    structured: true,
  });
  file('broken-line.jsonl', [
    JSON.stringify({ text: GOOD_ARTICLE, url: 'https://example.org/a1' }),
    '{"text": "Chile and Peru met", "url": ',
    JSON.stringify({ text: other('Arusha', 'sign trade pact'), url: 'https://example.org/a2', published: '2023-03-01' }),
    JSON.stringify({ url: 'https://example.org/no-text' }),
    JSON.stringify({ text: 42 }),
    '',
  ].join('\n'), { kind: 'items', stored: [':1', ':3'], problems: [{ item: ':2', reason: /not valid JSON/ }, { item: ':4', reason: /no "text"/ }, { item: ':5', reason: /no "text"/ }] }, {
    structured: true,
  });

  // Files and folders.
  file('duplicate-a.txt', other('Namanga', 'agree on border post'), ok());
  file('duplicate-b.txt', other('Namanga', 'agree on border post'), ok());
  const loop = path.join(dir, 'symlink-loop');
  mkdirSync(loop);
  mkdirSync(path.join(loop, 'inner'));
  writeFileSync(path.join(loop, 'inner', 'inside.txt'), other('Mombasa', 'talk ports'));
  // Both links lead back into the loop folder itself, never out to the other hostile files.
  symlinkSync('..', path.join(loop, 'inner', 'back'));
  symlinkSync('.', path.join(loop, 'self'));
  list.push({ name: 'symlink-loop/', path: loop, expect: { kind: 'error', reason: /symbolic link loop/, records: 1 } });
  const emptyDir = path.join(dir, 'empty-folder');
  mkdirSync(emptyDir);
  writeFileSync(path.join(emptyDir, 'zero.txt'), '');
  list.push({ name: 'empty-folder/zero.txt', path: path.join(emptyDir, 'zero.txt'), expect: err(/empty file/) });
  const dangling = path.join(dir, 'dangling-link.txt');
  symlinkSync(path.join(dir, 'was-removed.txt'), dangling);
  list.push({ name: 'dangling-link.txt', path: dangling, expect: err(/no such file/) });
  list.push({ name: 'missing.txt', path: path.join(dir, 'missing.txt'), expect: err(/no such file/) });
  // Special files: reading them would block or never end.
  const fifo = path.join(dir, 'named-pipe.txt');
  execFileSync('mkfifo', [fifo]);
  list.push({ name: 'named-pipe.txt', path: fifo, expect: err(/not a regular file/) });
  const devZero = path.join(dir, 'dev-zero-link.txt');
  symlinkSync('/dev/zero', devZero);
  list.push({ name: 'dev-zero-link.txt', path: devZero, expect: err(/not a regular file/) });
  return list;
}
