// Builds a large, deterministic benchmark corpus by varying the team's example articles
// (examples/corpus): countries, people, dates and figures are swapped for others.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { createRng, type Rng } from './prng.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface Article {
  name: string;
  text: string;
}

interface Country {
  name: string;
  demonym: string;
  capital: string;
}

/** What one matched word of a template stands for. */
type Slot =
  | { kind: 'country'; country: number; part: keyof Country }
  | { kind: 'person'; person: number; token: number | 'full' }
  | { kind: 'month'; month: number; abbr: boolean };

interface Template {
  file: string;
  text: string;
  people: string[];
  year: number;
  month: number;
  slots: Map<string, Slot>;
  pattern: RegExp;
}

export interface GeneratorData {
  templates: Template[];
  countries: Country[];
  peoplePool: string[][];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  const world = require('world-countries/countries.json') as { name: { common: string }; demonyms?: { eng?: { m?: string } }; capital: string[]; unMember: boolean }[];
  return world
    .filter((c) => c.unMember && c.capital[0] && c.demonyms?.eng?.m)
    .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m!, capital: c.capital[0] }));
}

/** Real names to substitute: the example gold people, plus the leaders gazetteer when it is present. */
function loadPeoplePool(goldPeople: string[]): string[][] {
  const names = new Set(goldPeople);
  const leaders = path.join(ROOT, 'data/people/leaders.yaml');
  if (existsSync(leaders)) {
    const list = parseYaml(readFileSync(leaders, 'utf8')) as { name?: string }[] | null;
    for (const p of list ?? []) if (typeof p?.name === 'string') names.add(p.name);
  }
  return [...names].sort().map((n) => n.split(' '));
}

function buildTemplate(file: string, text: string, people: string[], countries: Country[]): Template {
  const slots = new Map<string, Slot>();
  // Words that name a person win over the same words naming a country ("Jordan").
  people.forEach((name, person) => {
    slots.set(name, { kind: 'person', person, token: 'full' });
    name.split(' ').forEach((tok, token) => {
      if (tok.length >= 3 && /^\p{Lu}/u.test(tok) && !slots.has(tok)) slots.set(tok, { kind: 'person', person, token });
    });
  });
  countries.forEach((c, country) => {
    for (const part of ['name', 'demonym', 'capital'] as const) {
      const word = c[part];
      if (!slots.has(word) && new RegExp(`\\b${escapeRe(word)}\\b`).test(text)) slots.set(word, { kind: 'country', country, part });
    }
  });
  MONTHS.forEach((m, month) => slots.set(m, { kind: 'month', month, abbr: false }));
  MONTH_ABBR.forEach((m, month) => { if (!slots.has(m)) slots.set(m, { kind: 'month', month, abbr: true }); });
  const words = [...slots.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  // One pass over the text: the header date, then named slots, then any other number.
  const pattern = new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|(?<![\\w.])(?:${words.join('|')})(?![\\w])|\\b\\d+\\b`, 'g');
  const header = /^\s*date (\d{4})-(\d{2})/.exec(text);
  const year = header ? Number(header[1]) : 2024;
  const month = header ? Number(header[2]) - 1 : 0;
  return { file, text, people, year, month, slots, pattern };
}

/** Loads the example articles and the substitution lists; throws when the example corpus is missing. */
export function loadGeneratorData(corpusDir = path.join(ROOT, 'examples/corpus'), goldDir = path.join(ROOT, 'examples/gold')): GeneratorData {
  const countries = loadCountries();
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${corpusDir}: no example articles (*.txt) to build the benchmark corpus from`);
  const allPeople: string[] = [];
  const templates = files.map((file) => {
    const goldFile = path.join(goldDir, `${file}.json`);
    const people = existsSync(goldFile)
      ? ((JSON.parse(readFileSync(goldFile, 'utf8')) as { people?: { name: string }[] }).people ?? []).map((p) => p.name)
      : [];
    allPeople.push(...people);
    return buildTemplate(file, readFileSync(path.join(corpusDir, file), 'utf8'), people, countries);
  });
  return { templates, countries, peoplePool: loadPeoplePool(allPeople) };
}

/** One varied copy of a template: every country, person, month, year and figure is chosen anew. */
export function varyArticle(t: Template, data: GeneratorData, rng: Rng): string {
  const countryMap = new Map<number, Country>();
  const personMap = new Map<number, string[]>();
  const year = rng.int(2013, 2025);
  const month = rng.int(0, 11);
  const yearShift = year - t.year;
  const monthShift = month - t.month;
  return t.text.replace(t.pattern, (match: string, y?: string, _m?: string, d?: string) => {
    if (y !== undefined) return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(Number(d), 28)).padStart(2, '0')}`;
    const slot = t.slots.get(match);
    if (slot?.kind === 'country') {
      let c = countryMap.get(slot.country);
      if (!c) countryMap.set(slot.country, (c = rng.pick(data.countries)));
      return c[slot.part];
    }
    if (slot?.kind === 'person') {
      let p = personMap.get(slot.person);
      if (!p) personMap.set(slot.person, (p = rng.pick(data.peoplePool)));
      return slot.token === 'full' ? p.join(' ') : p[Math.min(slot.token, p.length - 1)];
    }
    if (slot?.kind === 'month') return (slot.abbr ? MONTH_ABBR : MONTHS)[(((slot.month + monthShift) % 12) + 12) % 12];
    return varyNumber(match, yearShift, rng);
  });
}

function varyNumber(digits: string, yearShift: number, rng: Rng): string {
  const n = Number(digits);
  if (digits.length === 4 && n >= 1900 && n <= 2099) return String(n + yearShift);
  // Small numbers are often days, minutes or counts of people: keep them plausible and as wide.
  if (digits.length <= 2) return String(rng.int(1, 28)).padStart(digits.length, '0');
  const lo = 10 ** (digits.length - 1);
  return String(rng.int(lo, lo * 10 - 1));
}

/** Yields varied articles, cycling through the templates, until `bytes` of UTF-8 text have been produced. */
export function* generateArticles(bytes: number, seed = 20240411, data: GeneratorData = loadGeneratorData()): Generator<Article> {
  const rng = createRng(seed);
  let produced = 0;
  for (let i = 0; produced < bytes; i++) {
    const t = data.templates[i % data.templates.length];
    const text = varyArticle(t, data, rng);
    produced += Buffer.byteLength(text);
    yield { name: `${String(i).padStart(7, '0')}-${t.file}`, text };
  }
}

/** Writes articles as text files, 1,000 per sub-folder; returns how many were written. */
export function writeCorpusFiles(dir: string, articles: Iterable<Article>): number {
  let n = 0;
  for (const a of articles) {
    const sub = path.join(dir, String(Math.floor(n / 1000)).padStart(4, '0'));
    if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, a.name), a.text);
    n++;
  }
  return n;
}

/** Writes articles as JSON Lines shards of about `shardBytes` each, streamed, so 1 GB never sits in memory. */
export async function writeCorpusJsonl(dir: string, articles: Iterable<Article>, shardBytes = 64 * 1048576): Promise<number> {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  let shard = 0;
  let inShard = 0;
  let out = createWriteStream(path.join(dir, `shard-${String(shard).padStart(3, '0')}.jsonl`));
  for (const a of articles) {
    const line = JSON.stringify({ text: a.text, url: `https://bench.example/${a.name}` }) + '\n';
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    inShard += line.length;
    n++;
    if (inShard >= shardBytes) {
      await new Promise<void>((r) => out.end(() => r()));
      shard++;
      inShard = 0;
      out = createWriteStream(path.join(dir, `shard-${String(shard).padStart(3, '0')}.jsonl`));
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  return n;
}
