// The organizations stage run on a few sentences of a test, after the geo stage it reads (shared by the stage's table
// tests).
import { createDoc, type Doc } from '../../core/doc.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { findGeo } from '../geo/index.ts';
import { findOrganizations } from './index.ts';

const lexicon = loadLexicon();

/** A document of `text`, split into sentences at ". ", with its countries, places and organisations found. */
export function orgs(text: string): Doc {
  const doc = createDoc({ text });
  doc.sentences = text.split(/(?<=\.) /).reduce<{ start: number; end: number; index: number; paragraph: number }[]>((acc, s) => {
    const start = acc.length ? acc[acc.length - 1].end + 1 : 0;
    acc.push({ start, end: start + s.length, index: acc.length, paragraph: 0 });
    return acc;
  }, []);
  findGeo(doc, lexicon);
  findOrganizations(doc, lexicon);
  return doc;
}

/** Each organisation mention as "text=name/country/sector". */
export const show = (doc: Doc) => doc.organizationMentions.map((m) => {
  const o = doc.organizations.find((x) => x.id === m.organizationId)!;
  return `${m.text}=${o.name}/${o.country}/${o.sector}`;
});
