// Event detail: what happened, who to whom, where and when, and every source article with the
// sentence that reports it highlighted in the article's own text.
import { api } from '../api.js';
import { append, articleText, el } from '../dom.js';
import { articleMeta, entities, place, QUADS, quadBadge, typeBadges } from '../format.js';
import { hashFor } from '../hash.js';

export async function render(root, { id, isCurrent }) {
  const event = await api(`events/${encodeURIComponent(id)}`);
  const documents = await Promise.all(event.sources.map((s) => api(`documents/${encodeURIComponent(s.documentId)}`)));
  if (!isCurrent()) return;

  append(root,
    el('h1', {}, typeBadges(event.event), ' ', event.date ?? 'undated', ' ', quadBadge(event.quad_code)),
    el('section', { class: 'panel' },
      el('dl', { class: 'facts', id: 'event-facts' },
        fact('Type', event.event.join(', ')),
        fact('Mode', event.mode?.length ? event.mode.join(', ') : '—'),
        fact('Quad class', QUADS[event.quad_code] ?? '—'),
        fact('Actor', entities(event.actor)),
        fact('Recipient', entities(event.recipient)),
        fact('Date', event.date ?? 'undated'),
        fact('Place', place(event.event_loc)),
        fact('Sources', String(event.sources.length)))),
    el('h2', { text: `Reported by ${event.sources.length} article${event.sources.length === 1 ? '' : 's'}` }),
    event.sources.map((source, i) => sourcePanel(source, documents[i])),
  );
  root.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}

function fact(label, value) {
  return [el('dt', { text: label }), el('dd', {}, value)];
}

function sourcePanel(source, doc) {
  return el('section', { class: 'panel source', dataset: { documentId: doc.id } },
    el('h3', {}, el('a', { href: hashFor('document', doc.id), text: doc.title ?? doc.file ?? doc.id })),
    articleMeta(doc),
    articleText(doc.text, [{ start: source.start, end: source.end, title: `evidence (${source.rule ?? 'rule unknown'})` }]));
}
