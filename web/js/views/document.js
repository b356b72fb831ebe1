// One article: its metadata and full text, with an optional span (?start=&end=) highlighted.
import { api } from '../api.js';
import { append, articleText, el } from '../dom.js';
import { articleMeta } from '../format.js';

export async function render(root, { id, query, isCurrent }) {
  const doc = await api(`documents/${encodeURIComponent(id)}`);
  if (!isCurrent()) return;
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  const spans = Number.isInteger(start) && Number.isInteger(end) && end > start ? [{ start, end }] : [];
  append(root,
    el('h1', { text: doc.title ?? doc.file ?? doc.id }),
    articleMeta(doc),
    el('section', { class: 'panel' }, articleText(doc.text, spans)),
  );
  root.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}
