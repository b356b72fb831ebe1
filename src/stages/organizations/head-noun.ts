// Recognizer: organisations not in the lists, found by their head noun: "General Administration of
// Customs", "Beijing Foreign Studies University", "School of Asian Studies".
import type { OrganizationsLexicon } from '../../lexicon/organizations.ts';
import type { PhraseTrie } from '../../lexicon/phrase-trie.ts';
import { isCapitalized, startsWithLetter, type Token } from '../../lexicon/tokens.ts';

export interface HeadNounHit {
  from: number;
  to: number;
  sector: string;
}

// Lower-case words that join the parts of a name: "Ministry of Science and Technology".
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&']);
// Sentence openers that are capitalised only because they start the sentence.
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'Their', 'His', 'Her', 'Both', 'Under', 'According']);

// Marks that stay inside a name when glued to the words on both sides. (A Set, not comparisons: a '’' token is a
// string of its own, not one of the shared one-character strings the comparisons were compiled for, and
// deoptimised findHeadNounOrgs.)
const GLUE_MARKS = new Set(['-', "'", '’']);

function isNamePart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (A word that starts with a letter cannot start with a digit: no test of \p{N} at every lower-case word.)
  if (startsWithLetter(t.text)) return isCapitalized(t.text);
  // People's, Sino-Vietnamese: the apostrophe-s and hyphen stay inside the name.
  // (Indices tested first: one read at a negative index puts a line's array reads on V8's slow, generic path for
  // good; one past the end deoptimises.)
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const glued = prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
  return glued && GLUE_MARKS.has(t.text);
}

/** How many tokens a list of subjects inside a name may have. */
const SUBJECT_LIST = 12;

/**
 * "Institute of Russian, Eastern European and Central Asian Studies": from the comma at `j`, a list of capitalised
 * subjects joined by commas and a last "and", ending in a subject noun (`subjects`, data/people/topic-words.tsv):
 * the token after the list, else `j`.
 */
function subjectListEnd(tokens: Token[], j: number, covered: boolean[], subjects: Map<string, string>): number {
  let joined = false;
  for (let k = j; k < tokens.length && k - j < SUBJECT_LIST && !covered[k]; k++) {
    const w = tokens[k].text;
    if (w === ',' || w === 'and') {
      joined ||= w === 'and';
      continue;
    }
    if (!isNamePart(tokens, k)) return j;
    if (joined && subjects.get(w) === 'noun' && !isNamePart(tokens, k + 1)) return k + 1;
  }
  return j;
}

/** Words between a minister's title and the portfolio after it. */
const PORTFOLIO_LINKS = new Set(['of', 'for']);

/** "Bank of England Governor Andrew Bailey": a person's title at token `k`, written capitalised, with a name
 *  after it that holds no head noun: the end of that name, else -1. A body's name ends before the title, and
 *  the next starts after the person's name. ("Office of the President", with no name after the title, and
 *  "King Abdullah University", with a head noun after the name, keep it.) */
function personAfter(tokens: Token[], k: number, lex: OrganizationsLexicon, titles: PhraseTrie<unknown> | undefined): number {
  if (!titles || !isCapitalized(tokens[k].text)) return -1;
  const title = titles.matchAt(tokens, k);
  if (!title) return -1;
  let end = title.to;
  // ("Union Minister of Coal and Mines Pralhad Joshi": a portfolio after "of" or "for", then the name.)
  const portfolio = PORTFOLIO_LINKS.has(tokens[end]?.text ?? '') && end + 1 < tokens.length && isNamePart(tokens, end + 1);
  if (portfolio) end++;
  while (end < tokens.length && (isNamePart(tokens, end) || (portfolio && tokens[end].text === 'and' && end + 1 < tokens.length && isNamePart(tokens, end + 1)))) end++;
  if (end === title.to || !startsWithLetter(tokens[title.to].text)) return -1;
  // "King Salman Humanitarian Aid and Relief Centre": a head noun further on, past joining words, makes it a body;
  // not one that is the portfolio of the next person's title ("Trade Minister X and Police Minister Y").
  for (let k = title.to; k < tokens.length && (isNamePart(tokens, k) || CONNECTORS.has(tokens[k].text)); k++) {
    const head = lex.heads.matchAt(tokens, k);
    if (head && !titles.matchAt(tokens, head.to)) return -1;
  }
  return end;
}

/** "and Paraguay's Ministry", "and Laos' police": a country's name, one of `owners` by its start offset, in the
 *  possessive at token `k` (the owner of the next body). */
function ownerAt(tokens: Token[], k: number, owners: Map<number, { end: number }>): boolean {
  const end = k < tokens.length ? owners.get(tokens[k].start)?.end : undefined;
  if (end === undefined) return false;
  while (k < tokens.length && tokens[k].end <= end) k++;
  // ("Laos' border police": a name in -s takes the apostrophe alone.)
  return k < tokens.length && (tokens[k].text === "'" || tokens[k].text === '’') && (tokens[k + 1]?.text === 's' || tokens[k - 1].text.endsWith('s'));
}

/** Head-noun organisations among tokens[from..to), skipping tokens marked in `covered`; `titles` (people's
 *  titles) end a name where a person's title and name follow it; `owners` (country mentions by their start offsets)
 *  end it before "and" with a country's possessive. */
export function findHeadNounOrgs(tokens: Token[], covered: boolean[], lex: OrganizationsLexicon, subjects: Map<string, string> = new Map(), titles?: PhraseTrie<unknown>, owners: Map<number, { end: number }> = new Map()): HeadNounHit[] {
  const hits: HeadNounHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || !isNamePart(tokens, i) || !startsWithLetter(tokens[i].text)) {
      i++;
      continue;
    }
    const person = personAfter(tokens, i, lex, titles);
    if (person > i) {
      i = person;
      continue;
    }
    // A run: name parts, joined by connectors that are followed by more name parts.
    let end = i;
    let j = i;
    while (j < tokens.length && !covered[j]) {
      if (j > i && personAfter(tokens, j, lex, titles) > j) break;
      if (isNamePart(tokens, j) || (tokens[j].text === 's' && tokens[j - 1]?.text.match(/^['’]$/))) {
        end = ++j;
        continue;
      }
      // "the Border Service and the Coordination Headquarters", "the Kansas Department of Agriculture and
      // Paraguay's Ministry of Agriculture": "and the" or "and" a country's possessive starts another body.
      if (tokens[j].text === 'and' && (tokens[j + 1]?.text === 'the' || ownerAt(tokens, j + 1, owners))) break;
      if (CONNECTORS.has(tokens[j].text)) {
        j++;
        continue;
      }
      if (tokens[j].text === ',') {
        const listEnd = subjectListEnd(tokens, j, covered, subjects);
        if (listEnd > j) end = j = listEnd;
      }
      break;
    }
    const hit = headIn(tokens, i, end, lex);
    if (hit) hits.push(hit);
    i = Math.max(end, i + 1);
  }
  return hits;
}

/** Inside run tokens[from..to): the first chunk holding a head noun, through any "of …" that follows. */
function headIn(tokens: Token[], from: number, to: number, lex: OrganizationsLexicon): HeadNounHit | null {
  let chunkStart = from;
  for (let k = from; k < to; k++) {
    if (CONNECTORS.has(tokens[k].text)) {
      // "Belt and Road Forum": "and" joins words of one name; "of"/"for" start a new part.
      if (tokens[k].text !== 'and' && tokens[k].text !== '&') chunkStart = k + 1;
      continue;
    }
    const head = lex.heads.matchAt(tokens, k);
    if (!head || head.to > to) continue;
    // Further head nouns in the same chunk belong to the name ("Youth Union Central Committee");
    // capitalised words after the last one do not ("Foreign Ministry Spokesperson Mao Ning").
    let headEnd = head.to;
    let sector = head.values[0];
    let m = head.to;
    while (m < to && !CONNECTORS.has(tokens[m].text)) {
      const more = lex.heads.matchAt(tokens, m);
      if (more && more.to <= to) {
        headEnd = m = more.to;
        sector = more.values[0];
      } else m++;
    }
    // An "of …" after the chunk is part of the name: "General Administration of Customs".
    const end = m < to ? to : headEnd;
    let start = chunkStart;
    while (start < k && OPENERS.has(tokens[start].text)) start++;
    return { from: start, to: end, sector };
  }
  return null;
}
