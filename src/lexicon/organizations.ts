// Loads organisations (data/organizations/*.yaml) and organisation head nouns into phrase tries.
import { readdirSync } from 'node:fs';
import { dataPath, readTsv, readYaml } from './files.ts';
import { loadDocument, type DocumentLexicon } from './document.ts';
import { PhraseTrie } from './phrase-trie.ts';

export interface OrgEntry {
  id: string;
  name: string;
  aliases: string[];
  /** ISO3, or PLOVER's UNO / EUR / IGO / NGO; null for a generic body whose country comes from context. */
  country: string | null;
  sector: string | null;
  /** A body many states have ("Foreign Ministry"): its country is read from the words around it. */
  generic: boolean;
}

export interface OrganizationsLexicon {
  entries: OrgEntry[];
  trie: PhraseTrie<OrgEntry>;
  /** Capitalised nouns that head an organisation's name ("University", "Commission") → sector. */
  heads: PhraseTrie<string>;
}

interface RawOrg {
  name?: unknown;
  aliases?: unknown;
  country?: unknown;
  sector?: unknown;
}

const MARKS = /\p{M}/gu; // a module constant: see the note in tokens.ts

export function orgId(name: string, country: string | null): string {
  const slug = name.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `org:${country ? country.toLowerCase() + ':' : ''}${slug}`;
}

// Outlets are organisations too (sector JRN); short aliases ("AP", "FT"), credit-only aliases ("~Trend") and
// outlets marked prose "no" ("The National") are left out of prose matching.
const MIN_OUTLET_ALIAS = 4;

export function loadOrganizations(document: DocumentLexicon = loadDocument()): OrganizationsLexicon {
  const entries: OrgEntry[] = [];
  const dir = dataPath('organizations');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const generic = file === 'generic.yaml';
    const raw = readYaml<RawOrg[]>(dataPath('organizations', file));
    if (!Array.isArray(raw)) throw new Error(`data/organizations/${file}: expected a list of organisations`);
    for (const r of raw) {
      if (typeof r.name !== 'string') throw new Error(`data/organizations/${file}: an entry has no name`);
      const country = typeof r.country === 'string' ? r.country : null;
      const aliases = Array.isArray(r.aliases) ? r.aliases.map(String) : [];
      entries.push({ id: orgId(r.name, country), name: r.name, aliases, country, sector: typeof r.sector === 'string' ? r.sector : null, generic });
    }
  }
  for (const o of document.outlets.filter((x) => x.inProse)) {
    const aliases = o.aliases.filter((a) => a.length >= MIN_OUTLET_ALIAS && !a.includes('.') && !o.creditOnly.includes(a));
    entries.push({ id: orgId(o.name, o.country), name: o.name, aliases, country: o.country, sector: 'JRN', generic: false });
  }
  const trie = new PhraseTrie<OrgEntry>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) trie.add(n, e);
  const heads = new PhraseTrie<string>();
  for (const r of readTsv(dataPath('organizations', 'head-nouns.tsv'))) heads.add(r.noun, r.sector);
  return { entries, trie, heads };
}
