// "Later in the day, the President called on …": a title used on its own, after "the", for a person the
// article has already named with that office. It becomes a mention of that person, so that events and
// quotes see who acted or spoke.
import type { Doc, PersonMention } from '../../core/doc.ts';
import type { Person } from '../../core/types.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import type { PhraseMatch } from '../../lexicon/phrase-trie.ts';
import type { TitleEntry } from '../../lexicon/people.ts';
import { isCapitalized, sentenceTokens, startsWithLetter, type Token } from '../../lexicon/tokens.ts';

/** Words after the title that make it a description of someone else ("the President of the Senate"). */
const NOT_AFTER = new Set(['of', 'for', '-', 'elect']);

/** Whether an office as stated ("Philippine President", "Prime Minister of Japan") is the title `title`. */
function holds(office: string, title: string): boolean {
  const o = office.toLowerCase();
  return o === title || o.endsWith(` ${title}`) || o.startsWith(`${title} of `);
}

/**
 * The person a bare title refers to: the only one named before it with that office (and of the country
 * the words before the title give, "the Chinese president"); among several, the only one of the outlet's
 * country; else nobody.
 */
function referent(people: Person[], firstSeen: Map<string, number>, title: string, at: number, country: string | null, home: string | null): Person | null {
  const holders = people.filter((p) => (firstSeen.get(p.id) ?? Infinity) < at && (!country || p.country === country)
    && [...p.offices, ...(p.knownOffices ?? [])].some((o) => holds(o, title)));
  if (holders.length === 1) return holders[0];
  const own = holders.filter((p) => home && p.country === home);
  return own.length === 1 ? own[0] : null;
}

export function linkTitleReferences(doc: Doc, lexicon: Lexicon): void {
  if (doc.people.length === 0) return;
  const firstSeen = new Map<string, number>();
  for (const m of doc.personMentions) if (!firstSeen.has(m.personId)) firstSeen.set(m.personId, m.start);
  const home = doc.sourceHome;
  const demonyms = new Map(doc.countryMentions.filter((m) => m.kind === 'demonym').map((m) => [m.start, m]));
  const taken = (start: number, end: number) => doc.personMentions.some((m) => m.start < end && start < m.end);
  const added: PersonMention[] = [];
  for (const s of doc.sentences) {
    const tokens = sentenceTokens(doc, s);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].lower !== 'the') continue;
      // "the Chinese president": a country word between "the" and the title.
      const country = demonyms.get(tokens[i + 1].start);
      let k = i + 1;
      if (country) while (k < tokens.length && tokens[k].end <= country.end) k++;
      const m = lexicon.people.titles.matchAt(tokens, k);
      const entry = m ? officeOf(tokens, m) : undefined;
      if (!m || !entry || !standsAlone(tokens, m.to)) continue;
      const start = tokens[i].start;
      const end = tokens[m.to - 1].end;
      if (taken(start, end)) continue;
      const person = referent(doc.people, firstSeen, entry.title.toLowerCase(), start, country?.code ?? null, home);
      if (!person) continue;
      const text = doc.text.slice(start, end);
      added.push({ start, end, rule: 'people.title-reference', personId: person.id, text, offices: undefined });
      person.mentions.push({ start, end, rule: 'people.title-reference' });
    }
  }
  if (added.length === 0) return;
  for (const p of doc.people) p.mentions.sort((a, b) => a.start - b.start);
  doc.personMentions = [...doc.personMentions, ...added].sort((a, b) => a.start - b.start);
}

/** The office a title match names, as written when its case matters. (A function of its own: a closure in the
 *  loop over tokens that captured the match made every token allocate a scope.) */
function officeOf(tokens: Token[], m: PhraseMatch<TitleEntry>): TitleEntry | undefined {
  return m.values.find((v) => v.kind === 'office' && !v.plural && (!v.exactCase || tokens.slice(m.from, m.to).map((t) => t.text).join(' ') === v.title));
}

/** The title is not followed by a name, a portfolio or an "of" phrase that would make it someone else's. */
function standsAlone(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next) return true;
  if (NOT_AFTER.has(next.lower)) return false;
  // "the Prime Minister's Office": a body named after the office, not its holder. (This tokenizer splits "'s" in two.)
  const after = next.text === "'" || next.text === '’' ? tokens[to + 2] : undefined;
  if (tokens[to + 1]?.lower === 's' && after && startsWithLetter(after.text) && isCapitalized(after.text)) return false;
  return !(startsWithLetter(next.text) && isCapitalized(next.text));
}
