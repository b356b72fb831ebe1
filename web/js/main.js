// The dashboard's router: "#/<view>/<id>?<filters>" picks a view module and renders it into <main>.
import { api } from './api.js';
import { clear, el } from './dom.js';
import { parseHash } from './hash.js';
import * as timeline from './views/timeline.js';
import * as eventView from './views/event.js';
import * as people from './views/people.js';
import * as commitments from './views/commitments.js';
import * as figures from './views/figures.js';
import * as search from './views/search.js';
import * as documentView from './views/document.js';

const VIEWS = { timeline, event: eventView, people, commitments, figures, search, document: documentView };

const root = document.getElementById('view');
let renderCount = 0;

async function route() {
  const mine = ++renderCount;
  const { name, id, query } = parseHash(location.hash);
  const view = VIEWS[name];
  for (const link of document.querySelectorAll('nav [data-view]')) {
    link.classList.toggle('active', link.dataset.view === name || (name === 'event' && link.dataset.view === 'timeline'));
  }
  root.dataset.ready = 'false';
  root.dataset.view = name;
  clear(root);
  if (!view) {
    root.append(el('p', { class: 'error', text: `No view called "${name}".` }));
  } else {
    try {
      await view.render(root, { id, query, isCurrent: () => mine === renderCount });
    } catch (err) {
      if (mine !== renderCount) return;
      root.append(el('p', { class: 'error', role: 'alert', text: `Could not load this view: ${err.message}` }));
    }
  }
  // Tests and screenshots wait for this: the view has drawn everything it fetched.
  if (mine === renderCount) root.dataset.ready = 'true';
}

async function showStats() {
  try {
    const stats = await api('stats');
    document.getElementById('corpus-stats').textContent =
      `${stats.documents} articles · ${stats.events} events · ${stats.people} people`;
  } catch {
    // The header line is a nicety; the views report their own errors.
  }
}

window.addEventListener('hashchange', route);
showStats();
route();
