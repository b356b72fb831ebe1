// The quotes, proposals and figures stages on the seed articles with the gold people given, so their
// scores do not depend on the people stage (the project-wide end-to-end test covers the whole pipeline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/stage.ts';
import { createPipeline, STAGES } from '../../pipeline.ts';
import { evaluateDirectories } from '../../eval/run.ts';
import { summarize } from '../../eval/score.ts';
import { formatMisses } from '../../eval/report.ts';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

interface GoldPerson {
  name: string;
  country: string;
}

/** Mentions of each gold person by full name and by the short form news uses on second mention:
 *  the family name for Chinese names (written first), the last syllable for Vietnamese and others. */
function goldPeopleStage(goldDir: string): Stage {
  return {
    name: 'people',
    requires: ['sentences'],
    provides: ['people', 'personMentions'],
    run(doc: Doc) {
      const gold = JSON.parse(readFileSync(`${goldDir}/${doc.document.file}.json`, 'utf8')) as { people: GoldPerson[] };
      const taken = new Uint8Array(doc.text.length);
      const forms = gold.people.flatMap((p) => {
        const parts = p.name.split(' ');
        return [p.name, p.country === 'CHN' ? parts[0] : parts[parts.length - 1]].map((form) => ({ form, id: p.name }));
      });
      forms.sort((a, b) => b.form.length - a.form.length);
      for (const { form, id } of forms) {
        for (let at = doc.text.indexOf(form, doc.bodyStart); at >= 0; at = doc.text.indexOf(form, at + 1)) {
          const end = at + form.length;
          if (/\w/.test(doc.text[at - 1] ?? '') || /\w/.test(doc.text[end] ?? '') || taken.subarray(at, end).some((x) => x)) continue;
          taken.fill(1, at, end);
          doc.personMentions.push({ start: at, end, rule: 'gold', personId: id, text: form });
        }
      }
      doc.personMentions.sort((a, b) => a.start - b.start);
      doc.people = gold.people.map((p) => ({ id: p.name, name: p.name, country: p.country, offices: [], aliases: [], mentions: [] }));
    },
  };
}

const goldDir = `${SHARED}gold/seeds`;
const corpusDir = `${SHARED}corpus/seeds`;

test('speech and figures stages on the seeds, given the gold people', { skip: !existsSync(goldDir) && 'no ../shared seeds' }, async () => {
  const stages = STAGES.map((s) => (s.name === 'people' ? goldPeopleStage(goldDir) : s));
  const result = await evaluateDirectories(goldDir, corpusDir, createPipeline(stages));
  assert.deepEqual(result.problems, []);
  for (const field of ['quotes', 'proposals', 'figures'] as const) {
    const { f1 } = summarize(result.totals.sets[field]);
    assert.ok(f1 !== null && f1 >= 0.9, `${field} F1 ${f1}\n${formatMisses(result)}`);
  }
});
