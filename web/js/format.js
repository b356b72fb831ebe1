// How event data reads on screen: quad classes, actors, places, numbers.
import { el, externalLink } from './dom.js';

export const QUADS = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export function quadBadge(quad) {
  return el('span', { class: `badge q${quad}`, title: QUADS[quad] ?? 'no quad class', text: QUADS[quad] ? `Q${quad}` : '–' });
}

export function typeBadges(types = []) {
  return types.map((t) => el('span', { class: 'tag', text: t }));
}

/** Actor or recipient entities → "Xi Jinping (CHN)" list. */
export function entities(list = []) {
  if (!list.length) return '—';
  return list.map((e) => (e.identifier_text && e.identifier_text !== e.code ? `${e.identifier_text} (${e.code})` : e.code)).join(', ');
}

export function place(loc) {
  if (!loc) return '—';
  return loc.country ? `${loc.name} (${loc.country})` : loc.name;
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });

export function number(value) {
  return Math.abs(value) >= 1e6 ? COMPACT.format(value) : NUMBER.format(value);
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "Xinhua · 2024-10-13 · original" under an article's title; the link only for http(s) URLs. */
export function articleMeta(doc) {
  const link = externalLink(doc.url, 'original');
  return el('p', { class: 'muted' }, [doc.source, doc.published, doc.byline].filter(Boolean).join(' · '), link ? [' · ', link] : null);
}
