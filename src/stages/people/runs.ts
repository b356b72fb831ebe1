// Name runs: maximal stretches of capitalised words that could be a person's name ("Vo Van Thuong",
// "Lee Jae-myung", "Abdel Fattah al-Sisi", "Ferdinand Marcos Jr."), not crossing places, bodies or titles.
import { isCapitalized, startsWithLetter } from '../../lexicon/tokens.ts';
import type { SentenceContext, Span } from './context.ts';

const PARTICLES = new Set(['bin', 'binti', 'bint', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'den', 'dos', 'del', 'di', 'le', 'la', 'los', 'las', 'du', 'des', 'ibn']);
const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
const INITIAL = /^\p{Lu}$/u;

function glued(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens;
  return t[i - 1] !== undefined && t[i - 1].end === t[i].start;
}

export function isBlocked(ctx: SentenceContext, i: number): boolean {
  return ctx.country[i] !== undefined || ctx.place[i] !== undefined || ctx.org[i] !== undefined || ctx.inTitle[i];
}

const NAME_END = new Set([',', '.', ';', ':', ')']);

/** "Abdul Malik Baloch, a former chief minister", "Ahmed Rashid Kurd said": a one-word nationality after the
 *  words of a name, with punctuation or a speech verb after it, is a family name. */
function familyDemonym(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens;
  const c = ctx.country[i];
  if (!c || c.kind !== 'demonym' || c.start !== t[i].start || c.end !== t[i].end || ctx.org[i] || ctx.inTitle[i]) return false;
  const next = t[i + 1];
  return !next || NAME_END.has(next.text) || ctx.lexicon.speech.verbAtStart.test(ctx.doc.text.slice(t[i].end, t[i].end + 40));
}

// What an apostrophe glues to an English word that is not part of a name: "Xi's", "Putin'll", "don't".
const CONTRACTIONS = new Set(['s', 't', 'll', 'd', 're', 've', 'm']);

/** Whether token i can be part of a name, given the run built so far ends at i. */
function continues(ctx: SentenceContext, i: number, inRun: boolean): number {
  const t = ctx.tokens;
  const tok = t[i];
  if (inRun && familyDemonym(ctx, i)) return 1;
  if (isBlocked(ctx, i)) return 0;
  // Marcos Jr.
  if (inRun && SUFFIXES.has(tok.text)) return t[i + 1]?.text === '.' && t[i + 1].start === tok.end ? 2 : 1;
  // A capital is a letter: isCapitalized says both, without a regular expression for ASCII words.
  if (isCapitalized(tok.text)) return 1;
  if (!inRun) return 0;
  // An initial or abbreviated given name inside a name: "Ferdinand R. Marcos Jr.", "S. Jaishankar", "Ma. Teresa Cruz".
  if (tok.text === '.' && glued(ctx, i) && (INITIAL.test(t[i - 1].text) || ctx.lexicon.text.nameAbbreviations.has(t[i - 1].text)) &&
    t[i + 1] && isCapitalized(t[i + 1].text) && !isBlocked(ctx, i + 1)) return 1;
  // Jae-myung, Chan-o-cha, al-Sisi, O'Brien: hyphen or apostrophe glued on both sides.
  if ((tok.text === '-' || tok.text === "'" || tok.text === '’') && glued(ctx, i) && t[i + 1] && t[i + 1].start === tok.end && startsWithLetter(t[i + 1].text)) {
    if (tok.text !== '-' && !isCapitalized(t[i + 1].text) && CONTRACTIONS.has(t[i + 1].text)) return 0;
    return 2;
  }
  // Particles between capitalised words: Mohammed bin Salman, Ursula von der Leyen.
  if (PARTICLES.has(tok.text)) {
    let j = i;
    while (t[j] && PARTICLES.has(t[j].text)) j++;
    if (t[j] && isCapitalized(t[j].text) && !isBlocked(ctx, j)) return j - i + 1;
    if (t[j]?.text === '-' && t[j + 1] && !isBlocked(ctx, j + 1)) return j - i + 2;
  }
  return 0;
}

export function nameRuns(ctx: SentenceContext): Span[] {
  const runs: Span[] = [];
  const n = ctx.tokens.length;
  let i = 0;
  while (i < n) {
    let step = continues(ctx, i, false);
    if (step === 0) {
      i++;
      continue;
    }
    const from = i;
    i += step;
    while (i < n && (step = continues(ctx, i, true)) > 0) i += step;
    runs.push({ from, to: i });
  }
  return runs;
}

/** The run without not-name words at its ends ("Under Xi" → "Xi"). */
export function trimRun(ctx: SentenceContext, run: Span): Span {
  const notNames = ctx.lexicon.people.notNames;
  let { from, to } = run;
  while (from < to && notNames.has(ctx.tokens[from].text)) from++;
  while (to > from && notNames.has(ctx.tokens[to - 1].text)) to--;
  return { from, to };
}
