// Builds a segmented Doc with hand-made people and mentions, so the speech stages can be tested before
// (and independently of) the people and geo stages.
import { createDoc, type Doc } from '../../core/doc.ts';
import type { Person } from '../../core/types.ts';
import { loadLexicon } from '../../lexicon/index.ts';
import { segmentStage } from '../segment/index.ts';

export interface TestPerson {
  id: string;
  name: string;
  country: string;
  offices?: string[];
  /** Surface forms besides the name ("Xi", "President Xi"). */
  aliases?: string[];
}

/** Every whole-word occurrence of each person's name and aliases (longest first) becomes a mention;
 *  every listed demonym or country name becomes a country mention. */
export function testDoc(text: string, people: TestPerson[], countries: Record<string, string> = {}, published = '2024-05-20'): Doc {
  const doc = createDoc({ text, published });
  segmentStage.run(doc, loadLexicon());
  const forms = people
    .flatMap((p) => [p.name, ...(p.aliases ?? [])].map((form) => ({ form, id: p.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const { form, id } of forms) {
    const re = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + form.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      doc.personMentions.push({ start, end, rule: 'test', personId: id, text: form });
    }
  }
  doc.personMentions.sort((a, b) => a.start - b.start);
  doc.people = people.map((p): Person => ({
    id: p.id, name: p.name, country: p.country, offices: p.offices ?? [], aliases: p.aliases ?? [],
    mentions: doc.personMentions.filter((m) => m.personId === p.id),
  }));
  for (const [form, code] of Object.entries(countries)) {
    for (const m of text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      doc.countryMentions.push({ start: m.index ?? 0, end: (m.index ?? 0) + form.length, rule: 'test', code, kind: 'demonym' });
    }
  }
  return doc;
}
