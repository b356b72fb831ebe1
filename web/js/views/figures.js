// Figures: values such as bilateral trade by year on a chart; every point opens the sentence it came from.
import { api, apiAll } from '../api.js';
import { drawChart } from '../charts.js';
import { append, el, table } from '../dom.js';
import { number } from '../format.js';
import { hashFor } from '../hash.js';

export async function render(root, { query, isCurrent }) {
  const measures = await api('figures/measures');
  const first = measures.items[0];
  const measure = query.get('measure') ?? first?.measure ?? '';
  const unit = query.get('unit') ?? (measure === first?.measure ? first?.unit : '') ?? '';
  const figures = measure ? await apiAll('figures', { measure, unit }) : { total: 0, items: [] };
  if (!isCurrent()) return;

  const points = figures.items
    .map((f) => ({ ...f, x: f.period ?? f.published?.slice(0, 4) ?? null }))
    .filter((f) => f.x !== null)
    .sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));

  const select = el('select', { name: 'measure', id: 'measure' },
    measures.items.map((m) => el('option', {
      value: `${m.measure}\u0000${m.unit}`,
      selected: m.measure === measure && m.unit === unit,
      text: `${m.measure} (${m.unit}, ${m.count})`,
    })));
  select.addEventListener('change', () => {
    const [m, u] = select.value.split('\u0000');
    location.hash = hashFor('figures', null, { measure: m, unit: u });
  });

  const canvas = el('canvas', { id: 'figures-chart', 'aria-label': `${measure} by period` });
  append(root,
    el('h1', { text: 'Figures' }),
    el('form', { class: 'filters panel' }, el('label', {}, 'Measure', select)),
    el('section', { class: 'panel' },
      el('h2', { text: measure ? `${measure} (${unit})` : 'No figures in the corpus yet' }),
      el('p', { class: 'muted', text: 'Click a point to read the sentence it comes from.' }),
      el('div', { class: 'chart-box' }, canvas)),
    el('section', { class: 'panel' },
      el('h2', { text: `Values (${figures.total})` }),
      table(
        [
          { label: 'Period', className: 'date', cell: (f) => f.period ?? `${f.published ?? '?'} (published)` },
          { label: 'Value', className: 'num', cell: (f) => `${qualifierWord(f.qualifier)}${number(f.value)} ${f.unit}` },
          { label: 'As written', cell: (f) => el('a', { href: sentenceHash(f), text: f.text }) },
          { label: 'Source', cell: (f) => [f.source, f.published].filter(Boolean).join(' · ') },
        ],
        figures.items,
        { empty: 'No values for this measure.' },
      )),
  );
  if (points.length) drawFigures(canvas, points, `${measure} (${unit})`, unit);
}

function sentenceHash(f) {
  return hashFor('document', f.documentId, { start: f.start, end: f.end });
}

function qualifierWord(q) {
  return { over: 'over ', under: 'under ', about: 'about ' }[q] ?? '';
}

function drawFigures(canvas, points, label, unit) {
  drawChart(canvas, {
    type: 'line',
    data: {
      datasets: [{
        label,
        data: points.map((p) => ({ x: p.x, y: p.value })),
        borderColor: '#1f5fae',
        backgroundColor: '#1f5fae',
        // Several outlets may report the same period; a line would zig-zag between them.
        showLine: new Set(points.map((p) => p.x)).size === points.length,
        pointRadius: 5,
        pointHoverRadius: 7,
      }],
    },
    options: {
      parsing: true,
      scales: {
        x: { type: 'category', labels: [...new Set(points.map((p) => p.x))], offset: true, title: { display: true, text: 'period' } },
        y: { beginAtZero: true, ticks: { callback: (v) => number(v) }, title: { display: true, text: unit } },
      },
      plugins: {
        tooltip: { callbacks: { afterLabel: (ctx) => points[ctx.dataIndex].text } },
        legend: { display: false },
      },
      onClick: (_event, elements) => {
        if (elements.length) location.hash = sentenceHash(points[elements[0].index]);
      },
    },
  });
}
