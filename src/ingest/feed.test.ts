// Feeds: RSS 2.0, RSS 1.0 and Atom items become articles; broken XML is refused with its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeed } from './feed.ts';
import { InputError } from './decode.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Andes Wire</title>
  <link>https://andes.example/</link>
  <item>
    <title>Bolivia and Paraguay sign gas supply deal</title>
    <link>https://andes.example/2024/05/gas-deal</link>
    <pubDate>Wed, 08 May 2024 23:10:00 -0400</pubDate>
    <dc:creator>Lucia Ramos</dc:creator>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>Bolivia and Paraguay signed a five-year gas supply agreement in Asuncion on Wednesday.</p><p>The state energy companies will build a compressor station near the border &amp; share its cost.</p>]]></content:encoded>
  </item>
  <item>
    <title>Chile &amp; Argentina reopen pass</title>
    <guid>https://andes.example/2024/05/pass</guid>
    <pubDate>not a date</pubDate>
    <description>&lt;p&gt;Chile and Argentina reopened the Cristo Redentor pass after snow closed it for nine days.&lt;/p&gt;</description>
  </item>
  <item><title>Empty item</title></item>
</channel>
</rss>`;

test('feed: RSS items with content, link, date, author and the channel as source', () => {
  const { articles, problems } = readFeed(RSS, 'feeds/andes.xml');
  assert.equal(articles.length, 2);
  const [gas, pass] = articles;
  assert.deepEqual(
    { input: gas.input, title: gas.title, url: gas.url, published: gas.published, source: gas.source, byline: gas.byline, file: gas.file },
    { input: 'feeds/andes.xml#1', title: 'Bolivia and Paraguay sign gas supply deal', url: 'https://andes.example/2024/05/gas-deal', published: '2024-05-08', source: 'Andes Wire', byline: 'Lucia Ramos', file: null },
  );
  assert.equal(gas.text, 'Bolivia and Paraguay signed a five-year gas supply agreement in Asuncion on Wednesday.\n\nThe state energy companies will build a compressor station near the border & share its cost.');
  assert.equal(pass.title, 'Chile & Argentina reopen pass');
  assert.equal(pass.url, 'https://andes.example/2024/05/pass');
  assert.equal(pass.text, 'Chile and Argentina reopened the Cristo Redentor pass after snow closed it for nine days.');
  assert.equal(pass.published, null);
  assert.match(pass.warnings[0], /not a date/);
  assert.deepEqual(problems, [{ input: 'feeds/andes.xml#3', reason: 'feed item has no text (no content, description or summary)' }]);
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Baltic Briefing</title>
  <entry>
    <title>Estonia and Latvia agree on rail timetable</title>
    <link rel="alternate" href="https://baltic.example/rail"/>
    <link rel="edit" href="https://baltic.example/edit/1"/>
    <updated>2023-11-30T08:00:00+02:00</updated>
    <author><name>Mart Kask</name></author>
    <content type="html">&lt;p&gt;Estonia and Latvia agreed on a joint timetable for the new cross-border trains.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Undated note</title>
    <summary>Lithuanian and Polish officials discussed grid links at a meeting in Vilnius.</summary>
  </entry>
</feed>`;

test('feed: Atom entries with the alternate link, updated date, author name; an entry with no date keeps none', () => {
  const { articles, problems } = readFeed(ATOM, 'baltic.atom');
  assert.deepEqual(problems, []);
  assert.deepEqual(articles.map((a) => [a.title, a.url, a.published, a.byline, a.source]), [
    ['Estonia and Latvia agree on rail timetable', 'https://baltic.example/rail', '2023-11-30', 'Mart Kask', 'Baltic Briefing'],
    ['Undated note', null, null, null, 'Baltic Briefing'],
  ]);
  assert.equal(articles[0].text, 'Estonia and Latvia agreed on a joint timetable for the new cross-border trains.');
});

test('feed: RSS 1.0 (RDF) items are read too', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Nordic Notes</title></channel>
  <item><title>Talks in Oslo</title><link>https://nordic.example/oslo</link><dc:date>2022-06-01</dc:date><description>Norway and Sweden held talks on fisheries.</description></item>
  </rdf:RDF>`;
  const { articles } = readFeed(rdf, 'n.rdf');
  assert.deepEqual(articles.map((a) => [a.title, a.published, a.source, a.text]), [['Talks in Oslo', '2022-06-01', 'Nordic Notes', 'Norway and Sweden held talks on fisheries.']]);
});

const BROKEN: [name: string, xml: string, reason: RegExp][] = [
  ['an unclosed element', RSS.replace('</channel>', ''), /malformed XML at line \d+/],
  ['a feed cut in the middle', RSS.slice(0, 400), /malformed XML at line \d+/],
  ['XML that is not a feed', '<?xml version="1.0"?><catalog><book>Maps</book></catalog>', /not an RSS or Atom feed/],
  ['entity expansion beyond the limits', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "${'x'.repeat(20000)}">]><rss><channel><item><description>&a;</description></item></channel></rss>`, /malformed feed|malformed XML/],
];

for (const [name, xml, reason] of BROKEN) {
  test(`feed: ${name} is refused with the file named`, () => {
    assert.throws(() => readFeed(xml, 'feeds/bad.xml'), (e: unknown) => e instanceof InputError && e.input === 'feeds/bad.xml' && reason.test(e.message));
  });
}

test('feed: a feed without items is a problem, not an error', () => {
  const { articles, problems } = readFeed('<rss><channel><title>Quiet</title></channel></rss>', 'quiet.xml');
  assert.deepEqual([articles.length, problems], [0, [{ input: 'quiet.xml', reason: 'the feed has no items' }]]);
});
