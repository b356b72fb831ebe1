// Loads every data file once into one typed Lexicon object that is passed to the stages.
// Each part has its own loader beside the stage family that uses it.
import { dataPath, readLines } from './files.ts';
import { loadScoring, type ScoringLexicon } from './scoring.ts';
import { loadDates, type DatesLexicon } from './dates.ts';
import { loadSpeech, type SpeechLexicon } from './speech.ts';
import { loadFigures, type FiguresLexicon } from './figures.ts';
import { loadDocument, type DocumentLexicon } from './document.ts';
import { loadGeo, type GeoLexicon } from './geo.ts';
import { loadOrganizations, type OrganizationsLexicon } from './organizations.ts';
import { loadPeople, type PeopleLexicon } from './people.ts';
import { loadEvents, type EventsLexicon } from './events.ts';

export interface TextLexicon {
  abbreviations: Set<string>;
  /** Abbreviated given names ("Ma." for Maria): no sentence end when a name follows. */
  nameAbbreviations: Set<string>;
}

export interface Lexicon {
  text: TextLexicon;
  scoring: ScoringLexicon;
  dates: DatesLexicon;
  speech: SpeechLexicon;
  figures: FiguresLexicon;
  document: DocumentLexicon;
  geo: GeoLexicon;
  organizations: OrganizationsLexicon;
  people: PeopleLexicon;
  events: EventsLexicon;
}

function loadText(): TextLexicon {
  return {
    abbreviations: new Set(readLines(dataPath('text', 'abbreviations.txt'))),
    nameAbbreviations: new Set(readLines(dataPath('text', 'name-abbreviations.txt'))),
  };
}

let cached: Lexicon | undefined;

/** The lexicon built from data/; loaded on first use and shared by every pipeline in the process. */
export function loadLexicon(): Lexicon {
  cached ??= {
    text: loadText(),
    scoring: loadScoring(),
    dates: loadDates(),
    speech: loadSpeech(),
    figures: loadFigures(),
    document: loadDocument(),
    geo: loadGeo(),
    organizations: loadOrganizations(),
    people: loadPeople(),
    events: loadEvents(),
  };
  return cached;
}
