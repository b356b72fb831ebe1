// Timeline: a dyad's events over time, a cooperation–conflict chart above a filterable, paged table.
import { api } from '../api.js';
import { drawChart, quadColour } from '../charts.js';
import { append, el, table } from '../dom.js';
import { entities, place, QUADS, quadBadge, typeBadges } from '../format.js';
import { hashFor } from '../hash.js';

const PAGE = 25;
const FILTERS = ['between', 'from', 'to', 'type', 'quad', 'person'];

export async function render(root, { query, isCurrent }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? '']));
  const offset = Number(query.get('offset') ?? 0) || 0;
  const stats = await api('stats');
  const [series, events] = await Promise.all([
    api('series', { between: filters.between, from: filters.from, to: filters.to, by: 'month' }),
    api('events', { ...filters, limit: PAGE, offset }),
  ]);
  if (!isCurrent()) return;

  append(root,
    el('h1', { text: filters.between ? `Timeline: ${filters.between.replace(',', ' – ')}` : 'Timeline: all dyads' }),
    filterForm(filters, stats),
    el('section', { class: 'panel' },
      el('h2', { text: 'Cooperation and conflict per month' }),
      el('p', { class: 'muted', text: 'Bars: events per quad class. Line: mean PLOVER score (right axis).' }),
      el('div', { class: 'chart-box' }, el('canvas', { id: 'series-chart', 'aria-label': 'events per month' }))),
    el('section', { class: 'panel' },
      el('h2', { text: `Events (${events.total})` }),
      eventTable(events.items),
      pager(filters, events)),
  );
  drawSeries(root.querySelector('#series-chart'), series.rows);
}

function filterForm(filters, stats) {
  const dyadOptions = [el('option', { value: '', text: 'all dyads' })].concat(
    stats.dyads.map((d) => el('option', { value: d.between.join(','), selected: d.between.join(',') === filters.between, text: `${d.between.join(' – ')} (${d.events})` })));
  const typeOptions = [el('option', { value: '', text: 'any type' })].concat(
    stats.eventTypes.map((t) => el('option', { value: t, selected: t === filters.type, text: t })));
  const quadOptions = [el('option', { value: '', text: 'any class' })].concat(
    Object.entries(QUADS).map(([q, label]) => el('option', { value: q, selected: q === filters.quad, text: `${q}: ${label}` })));
  const form = el('form', { class: 'filters panel', id: 'timeline-filters' },
    el('label', {}, 'Dyad', el('select', { name: 'between' }, dyadOptions)),
    el('label', {}, 'PLOVER type', el('select', { name: 'type' }, typeOptions)),
    el('label', {}, 'Quad class', el('select', { name: 'quad' }, quadOptions)),
    el('label', {}, 'Person', el('input', { name: 'person', value: filters.person, placeholder: 'name', size: 16 })),
    el('label', {}, 'From', el('input', { name: 'from', type: 'date', value: filters.from })),
    el('label', {}, 'To', el('input', { name: 'to', type: 'date', value: filters.to })),
    el('button', { type: 'submit', text: 'Apply' }),
    el('a', { href: '#/timeline', text: 'Clear' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    location.hash = hashFor('timeline', null, data);
  });
  form.addEventListener('change', (e) => {
    if (e.target.tagName === 'SELECT') form.requestSubmit();
  });
  return form;
}

function eventTable(items) {
  return table(
    [
      { label: 'Date', className: 'date', cell: (e) => el('a', { href: hashFor('event', e.id), class: 'event-link', text: e.date ?? 'undated' }) },
      { label: 'Class', cell: (e) => quadBadge(e.quad_code) },
      { label: 'Type', cell: (e) => [typeBadges(e.event), e.mode?.length ? el('span', { class: 'muted', text: e.mode.join(', ') }) : null] },
      { label: 'Actor', cell: (e) => entities(e.actor) },
      { label: 'Recipient', cell: (e) => entities(e.recipient) },
      { label: 'Place', cell: (e) => place(e.event_loc) },
      { label: 'Sources', className: 'num', cell: (e) => String(e.sourceCount ?? e.sources?.length ?? 1) },
    ],
    items,
    { empty: 'No events match these filters.' },
  );
}

function pager(filters, page) {
  const { total, limit, offset } = page;
  const last = Math.min(offset + limit, total);
  return el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: hashFor('timeline', null, { ...filters, offset: Math.max(0, offset - limit) }), text: '← newer' }) : null,
    el('span', { text: total ? `${offset + 1}–${last} of ${total}` : '' }),
    last < total ? el('a', { href: hashFor('timeline', null, { ...filters, offset: offset + limit }), text: 'older →' }) : null);
}

function drawSeries(canvas, rows) {
  const labels = rows.map((r) => r.period);
  const bars = Object.keys(QUADS).map((q) => ({
    type: 'bar',
    label: QUADS[q],
    data: rows.map((r) => r.quads[q]),
    backgroundColor: quadColour(q),
    stack: 'events',
    yAxisID: 'y',
  }));
  const line = {
    type: 'line',
    label: 'mean PLOVER score',
    data: rows.map((r) => r.meanScore),
    borderColor: '#1f5fae',
    backgroundColor: '#1f5fae',
    yAxisID: 'score',
    // A month without events has no mean: the line breaks there rather than drawing a trend across the gap.
    spanGaps: false,
  };
  drawChart(canvas, {
    data: { labels, datasets: [...bars, line] },
    options: {
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
        // PLOVER scores run from -10 (most conflictual) to +10 (most cooperative); a fixed axis keeps dyads comparable.
        score: { position: 'right', min: -10, max: 10, title: { display: true, text: 'mean score' }, grid: { drawOnChartArea: false } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
