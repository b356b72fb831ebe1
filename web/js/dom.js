// DOM builders for the dashboard. Article text is hostile web content: it only ever reaches the page
// as text nodes (textContent), never through an HTML parser, and links are kept to http(s) and "#".

/** Builds an element; `props` sets attributes, `text`, `class` and `on*` listeners (functions only). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'href') {
      const href = safeHref(value);
      if (href) node.setAttribute('href', href);
    } else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends nodes, strings and (nested) arrays of them; null, undefined and false are skipped. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** In-page routes and absolute http(s) URLs pass; `javascript:`, `data:` and the rest do not. */
export function safeHref(value) {
  const s = String(value).trim();
  if (s.startsWith('#')) return s;
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The text with each span wrapped in <mark>; spans are { start, end, className?, title? } offsets
 * into `text`. Overlapping spans are merged into the first so the text is shown exactly once.
 */
export function highlightSpans(text, spans) {
  const fragment = document.createDocumentFragment();
  const sorted = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (start >= end) continue;
    if (start > at) fragment.append(document.createTextNode(text.slice(at, start)));
    fragment.append(el('mark', { class: span.className ?? 'evidence', title: span.title ?? null, text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** Splits a snippet whose matches sit between `open` and `close` markers into text and <mark> nodes. */
export function markedSnippet(snippet, open, close) {
  const fragment = document.createDocumentFragment();
  let rest = String(snippet);
  while (rest.length) {
    const i = rest.indexOf(open);
    if (i < 0) break;
    const j = rest.indexOf(close, i + open.length);
    if (j < 0) break;
    if (i > 0) fragment.append(document.createTextNode(rest.slice(0, i)));
    fragment.append(el('mark', { class: 'hit', text: rest.slice(i + open.length, j) }));
    rest = rest.slice(j + close.length);
  }
  if (rest.length) fragment.append(document.createTextNode(rest));
  return fragment;
}

/** A table from column definitions { label, cell(row) → node|string, className? }. */
export function table(columns, rows, { empty = 'Nothing matches.', className = 'data' } = {}) {
  if (!rows.length) return el('p', { class: 'empty', text: empty });
  return el(
    'table',
    { class: className },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { class: c.className ?? null, text: c.label })))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', { class: c.className ?? null }, c.cell(row)))))),
  );
}

/** A link to an article's original page, or nothing when the URL is not plain http(s). */
export function externalLink(url, text) {
  const href = url && safeHref(url);
  if (!href || href.startsWith('#') || href.startsWith('/')) return null;
  return el('a', { href, rel: 'noopener noreferrer', target: '_blank', class: 'external', text });
}

/**
 * An article as paragraphs (split at blank lines) with the spans highlighted; a paragraph holding
 * a span is marked too, because an evidence span may be a single word ("met").
 */
export function articleText(text, spans) {
  const container = el('div', { class: 'article-text' });
  const breaks = /\n[ \t]*\n\s*/g;
  let at = 0;
  const blocks = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    blocks.push([at, m.index]);
    at = m.index + m[0].length;
  }
  blocks.push([at, text.length]);
  for (const [start, end] of blocks) {
    if (start >= end) continue;
    const inside = spans
      .filter((s) => s.start < end && s.end > start)
      .map((s) => ({ ...s, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
    container.append(el('p', { class: inside.length ? 'block has-evidence' : 'block' }, highlightSpans(text.slice(start, end), inside)));
  }
  return container;
}
