// Search: full-text search over article text, ranked, with the matching words highlighted in snippets.
import { api } from '../api.js';
import { append, el, markedSnippet } from '../dom.js';
import { hashFor } from '../hash.js';

const PAGE = 20;

export async function render(root, { query, isCurrent }) {
  const q = query.get('q') ?? '';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const input = el('input', { name: 'q', id: 'search-q', type: 'search', value: q, placeholder: 'words or "a phrase"', size: 40 });
  const form = el('form', { class: 'filters panel', role: 'search' }, el('label', {}, 'Search the articles', input), el('button', { type: 'submit', text: 'Search' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hashFor('search', null, { q: input.value.trim() });
  });
  append(root, el('h1', { text: 'Search' }), form);
  if (!q) return;

  const results = await api('search', { q, limit: PAGE, offset });
  if (!isCurrent()) return;
  append(root,
    el('p', { class: 'muted', id: 'search-count', text: `${results.total} article${results.total === 1 ? '' : 's'} match “${q}”.` }),
    el('ol', { class: 'results', start: offset + 1 },
      results.items.map((r) =>
        el('li', { class: 'result' },
          el('a', { href: hashFor('document', r.documentId), text: r.title ?? r.documentId }),
          el('span', { class: 'muted', text: ` ${[r.source, r.published].filter(Boolean).join(' · ')}` }),
          el('div', { class: 'snippet' }, markedSnippet(r.snippet, results.marks.open, results.marks.close))))),
    results.total > offset + PAGE ? el('a', { href: hashFor('search', null, { q, offset: offset + PAGE }), text: 'more results →' }) : null,
  );
}
