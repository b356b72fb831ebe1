// RSS 2.0, RSS 1.0 (RDF) and Atom feeds through fast-xml-parser: one article per item, with its
// title, link, date and the feed's title as the source.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { emptyArticle, type SourceArticle, type SourceProblem } from './article.ts';
import { InputError } from './decode.ts';
import { htmlFragmentText } from './html.ts';
import { metadataDay } from './metadata-date.ts';

type Node = unknown;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The text of a parsed XML value: a string, an element's "#text", or its nested strings (Atom xhtml). */
function textOf(v: Node): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(textOf).filter(Boolean).join('\n\n');
  if (typeof v === 'object') {
    const o = v as Record<string, Node>;
    if ('#text' in o) return textOf(o['#text']);
    return Object.entries(o).filter(([k]) => !k.startsWith('@_')).map(([, x]) => textOf(x)).filter(Boolean).join('\n\n');
  }
  return '';
}

function first(...values: Node[]): string | null {
  for (const v of values) {
    const t = textOf(v).trim();
    if (t) return t;
  }
  return null;
}

/** An Atom entry's alternate link, or an RSS item's link text. */
function linkOf(v: Node): string | null {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    if (l && typeof l === 'object') {
      const o = l as Record<string, string>;
      if (o['@_href'] && (!o['@_rel'] || o['@_rel'] === 'alternate')) return o['@_href'];
      if (o['#text']) return o['#text'];
    }
  }
  return null;
}

export interface FeedItems {
  articles: SourceArticle[];
  problems: SourceProblem[];
}

/** Reads every item of a feed; an item without text is a problem, a broken feed is an InputError. */
export function readFeed(xml: string, input: string): FeedItems {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(input, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let doc: Record<string, Node>;
  try {
    doc = parser.parse(xml) as Record<string, Node>;
  } catch (err) {
    throw new InputError(input, `malformed feed: ${(err as Error).message}`);
  }
  const rss = doc.rss as Record<string, Node> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, Node> | undefined;
  const atom = doc.feed as Record<string, Node> | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Record<string, Node> | undefined;
  const items = (rss ? channel?.item : rdf ? rdf.item : atom?.entry) as Record<string, Node>[] | undefined;
  if (!rss && !rdf && !atom) throw new InputError(input, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
  const source = first(channel?.title, atom?.title);
  const out: FeedItems = { articles: [], problems: [] };
  (items ?? []).forEach((item, i) => {
    const where = `${input}#${i + 1}`;
    const html = first(item['content:encoded'], item.content, item.description, item.summary);
    const text = html ? htmlFragmentText(html) : '';
    if (!text.trim()) {
      out.problems.push({ input: where, reason: 'feed item has no text (no content, description or summary)' });
      return;
    }
    const article = emptyArticle(where, text);
    article.title = first(item.title);
    article.url = linkOf(item.link) ?? first(item.guid);
    if (article.url && !/^https?:\/\//i.test(article.url)) article.url = null;
    article.source = source;
    article.byline = first(item['dc:creator'], (item.author as Record<string, Node> | undefined)?.name, item.author);
    const date = first(item.pubDate, item['dc:date'], item.published, item.updated);
    article.published = metadataDay(date);
    if (date && !article.published) article.warnings.push(`the feed item's date "${date}" is not a date; ignored`);
    out.articles.push(article);
  });
  if (!items?.length) out.problems.push({ input, reason: 'the feed has no items' });
  return out;
}
