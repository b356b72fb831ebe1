// Commitments: one speaker's enumerated proposals side by side across meetings, aligned by theme,
// so what was repeated, added or dropped from one meeting to the next stands out.
import { api } from '../api.js';
import { append, el } from '../dom.js';
import { hashFor } from '../hash.js';

export async function render(root, { query, isCurrent }) {
  const speakers = await api('proposals/speakers');
  const speaker = query.get('speaker') || speakers.items[0]?.speakerId || speakers.items[0]?.speaker || '';
  const aligned = speaker ? await api('proposals', { speaker }) : { meetings: [], themes: [] };
  if (!isCurrent()) return;

  const select = el('select', { name: 'speaker', id: 'speaker' },
    speakers.items.map((s) => {
      const value = s.speakerId ?? s.speaker;
      return el('option', { value, selected: value === speaker, text: `${s.speaker} (${s.proposals} proposals, ${s.documents} articles)` });
    }));
  select.addEventListener('change', () => {
    location.hash = hashFor('commitments', null, { speaker: select.value });
  });
  append(root,
    el('h1', { text: 'Commitments' }),
    el('form', { class: 'filters panel' }, el('label', {}, 'Speaker', select)),
    el('p', { class: 'legend' },
      el('span', { class: 'proposal repeated', text: 'repeated from the previous meeting' }),
      el('span', { class: 'proposal added', text: 'new' }),
      el('span', { class: 'proposal dropped', text: 'dropped since the previous meeting' })),
    aligned.meetings.length ? grid(aligned) : el('p', { class: 'empty', text: 'No enumerated proposals for this speaker.' }),
  );
}

/** Rows are themes, columns are meetings in date order; each cell lists that meeting's proposals on the theme. */
function grid(aligned) {
  const { meetings, themes } = aligned;
  const head = el('tr', {}, el('th', { text: 'Theme' }),
    meetings.map((m) => el('th', {}, el('a', { href: hashFor('document', m.documentId), text: m.date ?? 'undated' }), el('div', { class: 'muted', text: m.title ?? '' }))));
  const rows = themes.map((theme) =>
    el('tr', {}, el('th', { text: theme }),
      meetings.map((m) => el('td', {}, (m.cells[theme] ?? []).map(proposalNode)))));
  return el('table', { class: 'data commitments' }, el('thead', {}, head), el('tbody', {}, rows));
}

/** A dropped proposal is the previous meeting's, shown struck through and linked to where it was made. */
function proposalNode(p) {
  const text = `${p.ordinal ? `${p.ordinal}. ` : ''}${p.text}`;
  return el('div', { class: `proposal ${p.status}`, title: p.status },
    el('a', { href: hashFor('document', p.documentId, { start: p.start, end: p.end }), text }));
}
