// Decoding article bytes: each hostile byte pattern gets its text or a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle, InputError } from './decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

test('decode: plain UTF-8 passes through', () => {
  assert.equal(decodeArticle(enc('Hà Nội, 5 May'), 'a.txt').text, 'Hà Nội, 5 May');
});
test('decode: UTF-8 BOM is removed', () => {
  assert.equal(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Text')]), 'a.txt').text, 'Text');
});
test('decode: UTF-16LE with BOM is read', () => {
  const body = Buffer.from('Seoul talks', 'utf16le');
  const d = decodeArticle(new Uint8Array([0xff, 0xfe, ...body]), 'a.txt');
  assert.equal(d.text, 'Seoul talks');
  assert.equal(d.encoding, 'utf-16le');
});
test('decode: Latin-1 bytes are read as Windows-1252 with a warning', () => {
  const d = decodeArticle(new Uint8Array([...enc('Bogot'), 0xe1, ...enc(' talks')]), 'a.txt');
  assert.equal(d.text, 'Bogotá talks');
  assert.match(d.warnings[0], /not valid UTF-8/);
});
test('decode: a truncated multi-byte character at the end is dropped with a warning', () => {
  const d = decodeArticle(new Uint8Array([...enc('Talks in Hu'), 0xe1, 0xba]), 'a.txt');
  assert.equal(d.text, 'Talks in Hu');
  assert.match(d.warnings[0], /middle of a UTF-8 character/);
});
for (const [name, bytes, reason] of [
  ['empty', new Uint8Array(0), /empty file/],
  ['whitespace only', enc(' \n\t\n'), /no text/],
  ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary/],
] as const) {
  test(`decode: ${name} input is refused, naming the file`, () => {
    assert.throws(() => decodeArticle(bytes, 'bad.bin'), (err: unknown) => err instanceof InputError && /^bad\.bin: /.test(err.message) && reason.test(err.message));
  });
}
