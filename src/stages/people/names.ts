// Name styles and the short forms an article uses after writing a name in full: Xi Jinping → "Xi"
// (Chinese and Korean: family name first), Vuong Dinh Hue → "Hue" (Vietnamese: given name last),
// Sergei Lavrov → "Lavrov" (others: last word).
import type { NameStyle, NameStyleId, PeopleLexicon } from '../../lexicon/people.ts';
import { isAllCaps, titleCase, tokenize } from '../../lexicon/tokens.ts';

export type Style = NameStyleId | 'western';

const SUFFIX = /^(Jr|Sr|II|III|IV)\.?$/;
const PARTICLE = /^(bin|binti|bint|al|el|de|da|van|von|der|den|dos|del|di|le|la|los|las|du|des|ibn)$/;
/** The words of a name that open a father's name ("bin", "ibn"). */
export const PATRONYMICS = new Set(['bin', 'bint', 'binti', 'ibn']);

/** The words of a name: "Lee Jae-myung" → ["Lee", "Jae-myung"]; "Marcos Jr." → ["Marcos", "Jr."]. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** The styles a name's first word allows, narrowed by the person's country when known. */
export function stylesOf(name: string, country: string | null, lex: PeopleLexicon): NameStyle[] {
  const words = nameWords(name);
  if (words.length < 2) return [];
  const styles = lex.surnames.get(words[0]) ?? [];
  // Vietnamese names have three or more syllables far more often than two; Chinese ones two or three.
  const fits = styles.filter((s) => (s.style === 'vietnamese' ? true : words.length <= 3));
  return country ? fits.filter((s) => s.countries.includes(country)) : fits;
}

export function styleOf(name: string, country: string | null, lex: PeopleLexicon): Style {
  const styles = stylesOf(name, country, lex);
  if (styles.length === 0) return 'western';
  // Without a country, prefer the style whose names have this many words.
  if (styles.length > 1 && nameWords(name).length >= 3 && styles.some((s) => s.style === 'vietnamese')) return 'vietnamese';
  return styles[0].style;
}

/** The one-word forms the article may use for this name later on. */
export function shortForms(name: string, style: Style): string[] {
  const words = nameWords(name).filter((w) => !SUFFIX.test(w));
  if (words.length < 2) return [];
  if (style === 'chinese' || style === 'korean') return [words[0]];
  if (style === 'vietnamese') return [words[words.length - 1]];
  const last = words[words.length - 1];
  // al-Sisi → also "Sisi"
  const bare = last.replace(/^(al|el)-/, '');
  const forms = [last];
  // … and "Al-Sudani" when a sentence opens on it.
  // (A name cut before its last part, "Ali al-", has no short form there.)
  if (bare !== last && bare) forms.push(bare[0].toUpperCase() + bare.slice(1), last[0].toUpperCase() + last.slice(1));
  if (words.length >= 3 && PARTICLE.test(words[words.length - 2])) forms.push(words.slice(-2).join(' '));
  // "Faisal bin Farhan" → "Prince Faisal", "Tamim bin Hamad" → "Sheikh Tamim": Arabic names by the given name.
  if (words.slice(1).some((w) => PATRONYMICS.has(w))) forms.push(words[0]);
  return forms.filter((f) => tokenize(f).length >= 1);
}

/** A name as written, without its possessive and with capitals folded ("CAO DESHENG" → "Cao Desheng",
 *  "ISHIBA Shigeru" → "Ishiba Shigeru"). */
export function writtenName(surface: string): string {
  const s = surface.replace(/['’]s$/, '').trim();
  if (isAllCaps(s.replace(/[\s.'-]/g, ''))) return titleCase(s);
  return familyInCapitals(s) ? s.replace(/^\S+/, (w) => titleCase(w)) : s;
}

/** "ISHIBA Shigeru": a family name written in capitals before the given name. */
export function familyInCapitals(surface: string): boolean {
  const words = nameWords(surface);
  return words.length >= 2 && words.length <= 3 && words[0].length > 1 && isAllCaps(words[0]) && words.slice(1).every((w) => !isAllCaps(w.replace(/[.'-]/g, '')));
}

/** The name turned round, given name first: "Ishiba Shigeru" → "Shigeru Ishiba". */
export function givenFirst(name: string): string {
  const words = nameWords(name);
  return [...words.slice(1), words[0]].join(' ');
}

const INITIAL = /^\p{Lu}\.$/u;

/** A name as it should be reported: as written, without patronymics and middle initials
 *  ("Vladimir Vladimirovich Putin" → "Vladimir Putin", "Ferdinand R. Marcos Jr." → "Ferdinand Marcos Jr."). */
export function canonicalName(surface: string, lex: PeopleLexicon): string {
  return canonicalWritten(writtenName(surface), lex);
}

/** canonicalName of a name already passed through writtenName. */
export function canonicalWritten(written: string, lex: PeopleLexicon): string {
  const words = nameWords(written);
  if (words.length < 3) return words.join(' ');
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !(INITIAL.test(w) || lex.patronymicEndings.some((e) => w.length > e.length + 2 && w.endsWith(e))));
  return kept.join(' ');
}
