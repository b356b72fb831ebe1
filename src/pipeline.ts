// The ordered list of stages that turns an article into a record; each line says why it stands there.
import { createDoc, type Doc, type DocInput } from './core/doc.ts';
import { checkOrder, StageError, type Stage } from './core/stage.ts';
import type { DyadRecord } from './core/types.ts';
import { toRecord } from './core/doc.ts';

// The benchmark loads the bundled pipeline (bin/bundle.js), and turns its Docs into records with this one.
export { toRecord };
import { loadLexicon, type Lexicon } from './lexicon/index.ts';
import { documentStage } from './stages/document/index.ts';
import { segmentStage } from './stages/segment/index.ts';
import { datesStage } from './stages/dates/index.ts';
import { geoStage } from './stages/geo/index.ts';
import { organizationsStage } from './stages/organizations/index.ts';
import { peopleStage } from './stages/people/index.ts';
import { quotesStage } from './stages/quotes/index.ts';
import { proposalsStage } from './stages/proposals/index.ts';
import { figuresStage } from './stages/figures/index.ts';
import { eventsStage } from './stages/events/index.ts';

export const STAGES: Stage[] = [
  documentStage, // header lines first: they give the publication date and must not be read as prose
  segmentStage, // paragraphs and sentences over the body only
  datesStage, // dates resolved against the publication date, before anything that needs a day
  geoStage, // countries, demonyms, capitals and places: people and organisations take their country from them
  organizationsStage, // party and state bodies, so that "of the CPV" can give a person a country
  peopleStage, // people with aliases and offices, after the things their titles mention
  quotesStage, // quotes need people to resolve speakers
  proposalsStage, // enumerated items need people for the speaker
  figuresStage, // figures use dates for their period and countries for their measure
  eventsStage, // events last: they read every entity, date and place found above
];

checkOrder(STAGES);

export interface Pipeline {
  lexicon: Lexicon;
  /** Runs every stage over one article and returns the working Doc (offsets, sentences, mentions). */
  run(input: DocInput): Doc;
  /** Runs every stage and returns the public record. */
  extract(input: DocInput): DyadRecord;
  /**
   * The Docs `run` gives for each input, built one stage at a time over all of them: a stage's code and
   * data stay warm in the processor for the whole batch, which takes about a quarter less CPU than
   * running the articles one by one (bench: 892 articles, batches of 8 or more). A failure fails the batch.
   */
  runAll(inputs: DocInput[]): Doc[];
  /** The records `extract` gives for each input, from `runAll`. */
  extractAll(inputs: DocInput[]): DyadRecord[];
}

export function createPipeline(stages: Stage[] = STAGES, lexicon: Lexicon = loadLexicon()): Pipeline {
  checkOrder(stages);
  const runAll = (inputs: DocInput[]): Doc[] => {
    // (A loop, not .map(): a .map() in optimised code makes a holey array, in the interpreter a packed one, and
    // the loop below was deoptimised when the other kind came.)
    const docs: Doc[] = [];
    for (const input of inputs) docs.push(createDoc(input));
    for (const stage of stages) {
      try {
        for (const doc of docs) stage.run(doc, lexicon);
      } catch (err) {
        throw new StageError(stage.name, err);
      }
    }
    return docs;
  };
  const run = (input: DocInput): Doc => runAll([input])[0];
  return {
    lexicon,
    run,
    extract: (input) => toRecord(run(input)),
    runAll,
    extractAll: (inputs) => {
      const records: DyadRecord[] = [];
      for (const doc of runAll(inputs)) records.push(toRecord(doc));
      return records;
    },
  };
}
