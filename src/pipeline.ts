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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** How many years after the offices began a dateline's day is looked for. */
const YEARS_AHEAD = 7;

/**
 * The first day MM-DD on or after `since` (YYYY, YYYY-MM or YYYY-MM-DD) that falls on `weekday` (0 = Sunday) or the
 * day after it, when the story's lead names a weekday ("agreed on Tuesday", reported that day or the next); null if
 * there is none within YEARS_AHEAD years.
 */
export function dayOnOrAfter(monthDay: string, since: string, weekday: number | null = null): string | null {
  const from = since.length === 4 ? `${since}-01-01` : since.length === 7 ? `${since}-01` : since;
  const year = Number(from.slice(0, 4));
  for (let y = year; y <= year + YEARS_AHEAD; y++) {
    const day = `${y}-${monthDay}`;
    const date = new Date(`${day}T00:00:00Z`);
    // (February 29 only in a leap year.)
    if (day < from || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) continue;
    if (weekday === null || date.getUTCDay() === weekday || date.getUTCDay() === (weekday + 1) % 7) return day;
  }
  return null;
}

/** The first weekday named in the article's first two sentences (0 = Sunday), or null. */
function leadWeekday(doc: Doc): number | null {
  const last = doc.sentences[Math.min(1, doc.sentences.length - 1)];
  if (!last) return null;
  const words = doc.text.slice(doc.sentences[0].start, last.end).toLowerCase().match(/[a-z]+/g) ?? [];
  const w = words.find((x) => WEEKDAYS.includes(x));
  return w ? WEEKDAYS.indexOf(w) : null;
}

export function createPipeline(stages: Stage[] = STAGES, lexicon: Lexicon = loadLexicon()): Pipeline {
  checkOrder(stages);
  const runStages = (inputs: DocInput[]): Doc[] => {
    const docs = inputs.map(createDoc);
    for (const stage of stages) {
      try {
        for (const doc of docs) stage.run(doc, lexicon);
      } catch (err) {
        throw new StageError(stage.name, err);
      }
    }
    return docs;
  };
  const runAll = (inputs: DocInput[]): Doc[] => {
    const docs = runStages(inputs);
    // "SEOUL, Feb. 23 (Yonhap) --" with no year anywhere: the first such day on or after the latest start of the offices
    // the article names its leaders by (on the weekday its lead names, or the day after) is its day; the article is read
    // again with it, as if it had been given.
    for (const [i, doc] of docs.entries()) {
      const day = doc.document.published === null && doc.datelineMonthDay && doc.officesSince ? dayOnOrAfter(doc.datelineMonthDay, doc.officesSince, leadWeekday(doc)) : null;
      if (!day) continue;
      const again = runStages([{ ...inputs[i], published: day }])[0];
      again.document.publishedFrom = 'dateline-offices';
      again.document.warnings.push(`the dateline gives no year: ${day} is the first ${doc.datelineMonthDay} since the offices the article names began (${doc.officesSince})`);
      docs[i] = again;
    }
    return docs;
  };
  const run = (input: DocInput): Doc => runAll([input])[0];
  return {
    lexicon,
    run,
    extract: (input) => toRecord(run(input)),
    runAll,
    extractAll: (inputs) => runAll(inputs).map(toRecord),
  };
}
