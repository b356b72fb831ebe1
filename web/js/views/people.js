// People: the network of who met whom (edge weight = meetings), the people list, and one person's
// offices over time and quotes.
import { api, apiAll } from '../api.js';
import { append, el, table } from '../dom.js';
import { hashFor } from '../hash.js';

export async function render(root, options) {
  if (options.id) return renderPerson(root, options);
  const between = options.query.get('between') ?? '';
  const [network, people] = await Promise.all([api('people/network', { between }), apiAll('people', {})]);
  if (!options.isCurrent()) return;

  const container = el('div', { id: 'network', role: 'img', 'aria-label': 'who met whom' });
  append(root,
    el('h1', { text: 'People' }),
    el('div', { class: 'network-layout' },
      el('section', { class: 'panel' },
        el('h2', { text: 'Who met whom' }),
        el('p', { class: 'muted', text: `${network.nodes.length} people, ${network.edges.length} pairs; thicker lines mean more meetings. Click a person for details.` }),
        container),
      el('section', { class: 'panel' },
        el('h2', { text: `Everyone (${people.total})` }),
        el('div', { class: 'scroll' }, table(
          [
            { label: 'Name', cell: (p) => el('a', { href: hashFor('people', p.id), text: p.name }) },
            { label: 'Country', cell: (p) => p.country ?? '—' },
            { label: 'Latest office', cell: (p) => latestOffice(p) },
          ],
          people.items,
          { empty: 'No people in the corpus yet.' },
        )))),
  );
  drawNetwork(container, network);
}

/** The office held most recently: one still held (no end) first, else the latest end. */
function latestOffice(person) {
  const offices = [...(person.offices ?? [])].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || (b.from ?? '').localeCompare(a.from ?? ''));
  return offices[0]?.office ?? '—';
}

function drawNetwork(container, network) {
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
  const cy = window.cytoscape({
    container,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: n.country ? `${n.name} (${n.country})` : n.name } })),
      ...network.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, weight: e.weight, label: String(e.weight) } })),
    ],
    // A fixed seed would be nicer, but cose has none; randomize:false keeps redraws stable enough.
    layout: { name: 'cose', animate: false, randomize: false, padding: 30, nodeRepulsion: () => 120000, idealEdgeLength: () => 60, nodeOverlap: 30, componentSpacing: 40, gravity: 60, numIter: 1500 },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'background-color': '#1f5fae', color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, width: 16, height: 16 } },
      { selector: 'edge', style: { width: `mapData(weight, 1, ${maxWeight}, 1.5, 8)`, 'line-color': '#9fb3cf', label: 'data(label)', 'font-size': 9, color: '#5b6475', 'curve-style': 'bezier' } },
    ],
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => {
    location.hash = hashFor('people', evt.target.id());
  });
  // Read back from cytoscape itself, so a test sees what was drawn, not what was fetched.
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
}

const BASIS = { gazetteer: 'gazetteer', corpus: 'articles', both: 'gazetteer + articles' };

async function renderPerson(root, { id, isCurrent }) {
  const person = await api(`people/${encodeURIComponent(id)}`);
  if (!isCurrent()) return;
  append(root,
    el('p', {}, el('a', { href: '#/people', text: '← People' })),
    el('h1', { text: person.country ? `${person.name} (${person.country})` : person.name }),
    el('p', { class: 'muted' },
      person.aliases?.length ? `Also written: ${person.aliases.join(', ')} · ` : '',
      el('a', { href: hashFor('timeline', null, { person: person.id }), text: `${person.events} event${person.events === 1 ? '' : 's'} on the timeline` })),
    el('section', { class: 'panel' },
      el('h2', { text: 'Offices over time' }),
      table(
        [
          { label: 'Office', cell: (o) => o.office },
          { label: 'From', className: 'date', cell: (o) => o.from ?? '?' },
          { label: 'To', className: 'date', cell: (o) => o.to ?? '…' },
          { label: 'Basis', cell: (o) => BASIS[o.basis] ?? o.basis },
          { label: 'Articles', className: 'num', cell: (o) => String(o.documents) },
        ],
        person.offices,
        { empty: 'No office recorded.', className: 'data offices' },
      )),
    el('section', { class: 'panel' },
      el('h2', { text: `Quotes (${person.quotes.length})` }),
      person.quotes.length
        ? person.quotes.map((q) =>
            el('blockquote', { class: 'quote' },
              el('div', { text: `“${q.text}”` }),
              el('a', { class: 'muted', href: hashFor('document', q.documentId, { start: q.start, end: q.end }), text: [q.published, q.title].filter(Boolean).join(' · ') || 'source' })))
        : el('p', { class: 'empty', text: 'No direct quotes.' })),
  );
}
