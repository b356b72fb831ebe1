// Web pages: main text and metadata through Readability; pages without text refused by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml, htmlFragmentText, domParagraphs, flattenMarkup, markupDepth, MAX_MARKUP_DEPTH } from './html.ts';
import { InputError } from './decode.ts';
import { parseHTML } from 'linkedom';

const PAGE = `<!doctype html><html lang="en"><head>
<title>Ghana, Togo open joint border post | West Africa Ledger</title>
<meta property="og:title" content="Ghana, Togo open joint border post">
<meta property="og:site_name" content="West Africa Ledger">
<meta property="article:published_time" content="2024-02-06T21:30:00-01:00">
<meta name="author" content="Ama Owusu">
<link rel="canonical" href="https://ledger.example/2024/02/ghana-togo-border">
<script>window.tracking = true;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ghana, Togo open joint border post</h1>
<p>Ghana and Togo opened a joint border post at Aflao on Tuesday, cutting the time lorries spend at the crossing from two days to a few hours, customs officials from both countries said.</p>
<p>The post was built with a loan from the regional development bank and will run around the clock. Traders' associations welcomed the move but asked for more weighbridges on the Ghanaian side.</p>
<p>Ghanaian Trade Minister K. T. Hammond said the two governments would review the arrangement after six months.</p>
<script>document.title = 'hijacked';</script>
</article>
<footer>Copyright West Africa Ledger. All rights reserved.</footer>
</body></html>`;

test('html: the article text comes out in paragraphs, without navigation, scripts or footer', () => {
  const a = readHtml(PAGE, 'pages/ghana-togo.html', 'ghana-togo.html');
  const paragraphs = a.text.split('\n\n');
  assert.ok(paragraphs.length >= 3, a.text);
  assert.ok(paragraphs.some((p) => p.startsWith('Ghana and Togo opened a joint border post at Aflao')));
  assert.ok(paragraphs.some((p) => p.startsWith('Ghanaian Trade Minister K. T. Hammond said')));
  for (const junk of ['Politics', 'Sport', 'Copyright', 'hijacked', 'tracking']) assert.ok(!a.text.includes(junk), `"${junk}" in text`);
});

test('html: metadata from the page (date as written in its own time zone, site, title, author, canonical link)', () => {
  const a = readHtml(PAGE, 'pages/ghana-togo.html', 'ghana-togo.html');
  assert.deepEqual(
    { published: a.published, source: a.source, title: a.title, byline: a.byline, url: a.url, canonicalUrl: a.canonicalUrl, file: a.file, input: a.input },
    { published: '2024-02-06', source: 'West Africa Ledger', title: 'Ghana, Togo open joint border post', byline: 'Ama Owusu',
      url: 'https://ledger.example/2024/02/ghana-togo-border', canonicalUrl: 'https://ledger.example/2024/02/ghana-togo-border', file: 'ghana-togo.html', input: 'pages/ghana-togo.html' },
  );
  assert.deepEqual(a.warnings, []);
});

test('html: a bad date in the metadata is a warning, not a failure; a javascript: canonical link is dropped', () => {
  const page = PAGE.replace('2024-02-06T21:30:00-01:00', 'last Tuesday').replace('https://ledger.example/2024/02/ghana-togo-border', 'javascript:alert(1)');
  const a = readHtml(page, 'p.html', 'p.html');
  assert.equal(a.published, null);
  assert.equal(a.canonicalUrl, null);
  assert.match(a.warnings.join(' '), /not a date/);
});

// The same page without a date in its metadata: the stamp written above the article, else the address.
const undated = (header: string, canonical = 'https://ledger.example/politics/ghana-togo-border', after = ''): string =>
  PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${canonical}">`)
    .replace('<h1>Ghana, Togo open joint border post</h1>', `<h1>Ghana, Togo open joint border post</h1>${header}`)
    .replace('</article>', `</article>${after}`);

const STAMPED: [name: string, page: string, published: string | null][] = [
  ['a time stamp and credits glued together under the headline', undated('<div><span>2024-02-07 01:12:40</span><span>Source: Ledger</span><span>Editor: Ama</span></div>'), '2024-02-07'],
  ['a written-out date in a line of its own', undated('<p class="date">Updated Feb. 7, 2024</p>'), '2024-02-07'],
  ['the date in the page address', undated('', 'https://ledger.example/2024/02/07/ghana-togo-border/'), '2024-02-07'],
  ['NEG a date only in the related stories after the article', undated('', undefined, '<aside><ul><li>Border post plans (2023-11-02)</li></ul></aside>'), null],
  ['NEG a month and year are not a day', undated('<p>February 2024</p>'), null],
];

for (const [name, page, published] of STAMPED) {
  test(`html without a metadata date: ${name}`, () => assert.equal(readHtml(page, 'p.html', 'p.html').published, published));
}

test('html: the site name after the title is dropped ("… | Site", "…-Site")', () => {
  const glued = PAGE.replace(/<meta property="og:title"[^>]*>/, '').replace('<title>Ghana, Togo open joint border post | West Africa Ledger</title>', '<title>Ghana, Togo open joint border post-West Africa Ledger</title>');
  assert.equal(readHtml(glued, 'p.html', 'p.html').title, 'Ghana, Togo open joint border post');
});

const REFUSED: [name: string, html: string][] = [
  ['an empty body', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>'],
  ['no body at all', '<html><head><title>Only a head</title></head></html>'],
  ['only scripts', '<html><body><script>var a = "Ghana and Togo opened a border post";</script><noscript>Enable JavaScript</noscript></body></html>'],
];

for (const [name, html] of REFUSED) {
  test(`html: a page with ${name} is refused with the file named`, () => {
    assert.throws(() => readHtml(html, 'pages/bad.html', 'bad.html'), (e: unknown) => e instanceof InputError && /^pages\/bad\.html: no article text/.test((e as Error).message));
  });
}

test('html: a page nested thousands of levels deep is read without overflowing the stack', () => {
  const depth = 5000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside, the ministers of Ghana and Togo agreed to meet again in March to review the new border post and its opening hours.</p>${'</div>'.repeat(depth)}</body></html>`;
  const started = Date.now();
  const a = readHtml(html, 'deep.html', 'deep.html');
  assert.match(a.text, /Deep inside, the ministers of Ghana and Togo agreed/);
  assert.match(a.warnings.join(' '), /(nested|nests) more than/);
  assert.ok(Date.now() - started < 2000, 'quickly');
});

test('html: fragments (feed content) become paragraphs; entities are decoded', () => {
  assert.equal(htmlFragmentText('<p>Accra &amp; Lomé</p><p>second<br>line</p><ul><li>one</li><li>two</li></ul>'), 'Accra & Lomé\n\nsecond\n\nline\n\none\n\ntwo');
  assert.equal(htmlFragmentText('plain text, no markup'), 'plain text, no markup');
  const { document } = parseHTML('<html><body><p>a <b>bold</b> word</p></body></html>');
  assert.deepEqual(domParagraphs(document.body as never), ['a bold word']);
});

test('markupDepth counts nested elements in one pass; void and self-closed tags do not nest', () => {
  assert.equal(markupDepth('<html><body><div><p>One<br>two<img src="x"/></p></div></body></html>'), 4);
  assert.equal(markupDepth(`${'<div>'.repeat(50)}${'</div>'.repeat(50)}<p>after</p>`), 50);
  assert.equal(markupDepth('<p>plain</p>'), 1);
  // It stops counting once past the limit.
  assert.equal(markupDepth('<div>'.repeat(5_000), 10), 11);
});

test('a page nested past MAX_MARKUP_DEPTH is flattened: its text, title and metadata are kept', () => {
  const body = '<p>Ghana and Togo opened a joint border post at Aflao on Tuesday, officials said.</p><p>Lorries now cross in hours.</p>';
  const deep = MAX_MARKUP_DEPTH + 500;
  const page = `<html><head><title>Border post opens</title><meta property="article:published_time" content="2024-02-06">`
    + `<script>var s = "<div>";</script></head><body>${'<div><span>'.repeat(deep)}${body}</body></html>`;
  const article = readHtml(page, 'deep.html', 'deep.html');
  assert.match(article.text, /Ghana and Togo opened a joint border post at Aflao on Tuesday, officials said\.\n\nLorries now cross in hours\./);
  assert.doesNotMatch(article.text, /var s/);
  assert.equal(article.published, '2024-02-06');
  assert.ok(article.warnings.some((w) => /nests more than 1000 levels deep/.test(w)), JSON.stringify(article.warnings));
});

test('flattenMarkup: block tags become line breaks, inline tags go, the frame and scripts stay', () => {
  assert.equal(flattenMarkup('<body><div class="a"><b>Bold</b> text</div><script>x</script></body>'), '<body><br>Bold text<br><script>x</script></body>');
});

test('a page of ordinary depth is not flattened', () => {
  const article = readHtml(`<html><body>${'<div>'.repeat(40)}<p>Chile and Peru met in Lima on Monday to talk about the border crossing.</p>${'</div>'.repeat(40)}</body></html>`, 'p.html', 'p.html');
  assert.ok(!article.warnings.some((w) => /nests more than/.test(w)));
});
