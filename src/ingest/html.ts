// Web pages: the main text through @mozilla/readability over a linkedom DOM, and the metadata
// pages carry (article:published_time, og:site_name, og:title, author, canonical link).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { emptyArticle, type SourceArticle } from './article.ts';
import { InputError } from './decode.ts';
import { metadataDay, textStampDay, urlDay } from './metadata-date.ts';

/** Elements whose start or end ends a paragraph of text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'FORM', 'SELECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree as paragraphs separated by blank lines. Walks with an explicit stack,
 * so a page nested thousands of levels deep cannot overflow the call stack.
 */
export function domParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/[ \t\r\n\f\v\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // Entries are nodes to visit, or a marker to close a block after its children.
  const stack: (DomNode | 'end')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push('end');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs;
}

/**
 * Readability's time grows with the cube of nesting depth (2,000 levels take most of a minute);
 * real pages stay under a few dozen levels, so deeper ones are read without it.
 */
export const MAX_READABILITY_DEPTH = 120;

/** Whether any element lies deeper than `limit` levels (stops at the first that does). */
export function deeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return false;
}

/**
 * The HTML parser under linkedom (htmlparser2) takes time growing with the square of the number of
 * open elements (100,000 nested levels: most of a minute). Real pages nest a few dozen levels; markup
 * nested deeper than this is flattened before parsing (see `flattenMarkup`).
 */
export const MAX_MARKUP_DEPTH = 1_000;

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose tags flattening keeps: the page's frame, its metadata and the content never read as text. */
const KEEP = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'time', 'script', 'style', 'noscript', 'template', 'textarea']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest nesting of elements in the markup, counted from its tags in one pass (stops past `limit`). */
export function markupDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) break;
  }
  return max;
}

/** The markup without its nesting: block tags become line breaks, other tags go, `KEEP` tags stay. */
export function flattenMarkup(html: string): string {
  return html.replace(TAG, (tag, _close: string, name: string) => {
    const n = name.toLowerCase();
    if (KEEP.has(n)) return tag;
    return BLOCKS.has(n.toUpperCase()) ? '<br>' : '';
  });
}

/** The markup as it is parsed: flattened when it nests deeper than MAX_MARKUP_DEPTH (`flattened` says so). */
function parseable(html: string): { html: string; flattened: boolean } {
  return markupDepth(html, MAX_MARKUP_DEPTH) > MAX_MARKUP_DEPTH ? { html: flattenMarkup(html), flattened: true } : { html, flattened: false };
}

/** Paragraph text of an HTML fragment (a feed item's content). */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${parseable(html).html}</body></html>`);
  return domParagraphs(document.body as unknown as DomNode).join('\n\n');
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function meta(document: MetaDocument, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const el = document.querySelector(s);
    const value = el?.getAttribute(s.startsWith('link') ? 'href' : s.startsWith('time') ? 'datetime' : 'content')?.trim();
    if (value) return value;
  }
  return null;
}

// How many of the page's paragraphs before its article's prose are searched for a date stamp; how long
// a paragraph is at least to count as prose (a headline, a byline or a time stamp is shorter).
const STAMP_PARAGRAPHS = 12;
const PROSE_CHARS = 120;
const STAMP_PREFIX = 40;

/**
 * The date written in the page's own paragraphs before the article's first paragraph of prose (its header,
 * whether Readability kept it or not: "2024-07-03 01:12:40 Source: …"), or null.
 */
function stampBefore(page: string[], article: string[]): string | null {
  const key = (article.find((p) => p.length >= PROSE_CHARS) ?? article[0])?.slice(0, STAMP_PREFIX);
  const at = key ? page.findIndex((p) => p.includes(key)) : -1;
  if (at <= 0) return null;
  return textStampDay(page.slice(Math.max(0, at - STAMP_PARAGRAPHS), at).join('\n'));
}

/** "Chinese, Kazakh presidents hold talks-Xinhua" → "Chinese, Kazakh presidents hold talks" when the site is Xinhua. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const i = title.toLowerCase().lastIndexOf(site.toLowerCase());
  if (i <= 0 || i + site.length !== title.length) return title;
  const head = title.slice(0, i);
  return /\s*[-|–—:·]\s*$/.test(head) ? head.replace(/\s*[-|–—:·]\s*$/, '') || title : title;
}

/** Reads a web page into an article; a page with no readable text is refused with the reason. */
export function readHtml(page: string, input: string, file: string | null): SourceArticle {
  const { html, flattened } = parseable(page);
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document as it works.
  const published = meta(document, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
    'meta[name="dc.date"]', 'meta[property="og:updated_time"]', 'time[datetime]');
  const siteName = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const ogTitle = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const author = meta(document, 'meta[name="author"]', 'meta[property="article:author"]');
  const canonical = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const bodyFallback = document.body ? domParagraphs(document.body as unknown as DomNode) : [];

  let parsed: ReturnType<Readability['parse']> = null;
  const tooDeep = deeperThan(document as unknown as DomNode, MAX_READABILITY_DEPTH);
  if (!tooDeep) {
    try {
      parsed = new Readability(document as unknown as Document).parse();
    } catch {
      // Readability gives up on some malformed pages; the body's own paragraphs are read instead.
    }
  }
  const paragraphs = parsed?.content ? domParagraphs(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode) : bodyFallback;
  const text = paragraphs.join('\n\n');
  if (!text.trim()) throw new InputError(input, 'no article text in the page (only markup, scripts or an empty body)');

  const article = emptyArticle(input, text);
  article.file = file;
  article.source = siteName ?? parsed?.siteName ?? null;
  article.title = withoutSiteName(ogTitle ?? (parsed?.title?.trim() || null), article.source);
  article.byline = author ?? parsed?.byline?.trim() ?? null;
  article.canonicalUrl = canonical && /^https?:\/\//i.test(canonical) ? canonical : null;
  article.url = article.canonicalUrl;
  const day = metadataDay(published ?? parsed?.publishedTime ?? null);
  // A page without a date in its metadata: the stamp above its article ("2024-07-03 01:12:40"), else its address.
  article.published = day ?? (published || parsed?.publishedTime ? null : stampBefore(bodyFallback, paragraphs) ?? urlDay(canonical));
  if ((published || parsed?.publishedTime) && !day) article.warnings.push(`the page's publication date "${published ?? parsed?.publishedTime}" is not a date; ignored`);
  if (flattened) article.warnings.push(`the page's markup nests more than ${MAX_MARKUP_DEPTH} levels deep; read as text without its structure`);
  else if (tooDeep) article.warnings.push(`the page is nested more than ${MAX_READABILITY_DEPTH} levels deep; read its whole body without Readability`);
  else if (!parsed?.content) article.warnings.push('no main article found by Readability; read the whole page body');
  return article;
}
