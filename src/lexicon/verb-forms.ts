// Inflected forms of an English verb ("meet" → meet, meets, met, meeting) for the {verb} slots in event cues.
// Irregular forms come from data/events/verbs.tsv; the rest follow regular spelling rules.

export interface VerbForms {
  base: string;
  s: string;
  past: string;
  participle: string;
  ing: string;
}

const VOWEL = /[aeiou]/;
// One syllable ending consonant–vowel–consonant doubles its last letter: ram → rammed, ban → banning.
const SHORT_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

function thirdPerson(v: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function past(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (SHORT_CVC.test(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

function presentParticiple(v: string): string {
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('e') && !/(ee|ye|oe)$/.test(v)) return `${v.slice(0, -1)}ing`;
  if (SHORT_CVC.test(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}

export type IrregularVerbs = Map<string, Partial<VerbForms>>;

/** The forms of `base`, irregular ones taken from the table. */
export function verbForms(base: string, irregular: IrregularVerbs): VerbForms {
  const v = base.toLowerCase();
  const known = irregular.get(v) ?? {};
  const p = known.past || past(v);
  return {
    base: v,
    s: known.s || thirdPerson(v),
    past: p,
    participle: known.participle || p,
    ing: known.ing || presentParticiple(v),
  };
}

/** Every distinct form; verbs in -el/-al also get the British doubled spellings (travelled, cancelling; dialled,
 *  fuelled after "i" or "u"; not appealed, revealed). */
export function allVerbForms(base: string, irregular: IrregularVerbs): string[] {
  const f = verbForms(base, irregular);
  const out = new Set([f.base, f.s, f.past, f.participle, f.ing]);
  if (!irregular.has(f.base) && /(?:[^aeiou][aeiou]|[iu][ae])l$/.test(f.base) && VOWEL.test(f.base.slice(0, -2))) {
    out.add(`${f.base}led`);
    out.add(`${f.base}ling`);
  }
  return [...out];
}
