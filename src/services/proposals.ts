// Use case: a speaker's enumerated proposals across meetings, aligned by theme, showing what was
// repeated, added or dropped from one meeting to the next.
import { alignByTheme, type Alignment, type Meeting } from '../corpus/align.ts';
import { loadSpeech, type SpeechLexicon } from '../lexicon/speech.ts';
import { themeOf } from '../stages/proposals/theme.ts';
import type { ProposalRow, ProposalSpeaker, Store } from '../store/index.ts';
import { resolvePersonIds } from './people.ts';

/** Proposals no theme keyword fits. */
export const OTHER_THEME = 'other';

export interface SpeakerAlignment extends Alignment {
  speaker: string;
  speakerId: string | null;
}

let speech: SpeechLexicon | undefined;

export function proposalSpeakers(store: Store): { items: ProposalSpeaker[] } {
  return { items: store.proposalSpeakers() };
}

/** The proposal's theme: the proposals stage's own, else the theme keywords over its text. */
function themeFor(p: ProposalRow): string {
  if (p.theme) return p.theme;
  speech ??= loadSpeech();
  return themeOf(p.text, p.context, speech) ?? OTHER_THEME;
}

/**
 * Groups the speaker's proposals by meeting: articles whose lists were presented at the same
 * merged CONSULT event are one meeting (shown by the article with the fullest list); an article
 * whose meeting the corpus does not have is a meeting of its own, dated by its publication.
 */
export function alignProposals(store: Store, q: { speaker: string }): SpeakerAlignment {
  const ids = resolvePersonIds(store, q.speaker);
  const rows = ids.length ? store.proposals({ speakerId: ids[0] }) : store.proposals({ speaker: q.speaker });
  const speakerId = ids[0] ?? rows[0]?.speakerId ?? null;
  const byDocument = new Map<string, ProposalRow[]>();
  for (const r of rows) byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), r]);
  const links = speakerId ? store.meetings(speakerId, [...byDocument.keys()]) : [];
  const meetingOf = new Map<string, { id: string; date: string | null }>();
  for (const l of links) if (!meetingOf.has(l.documentId)) meetingOf.set(l.documentId, { id: l.corpusEventId, date: l.date });

  const groups = new Map<string, string[]>();
  for (const docId of byDocument.keys()) {
    const key = meetingOf.get(docId)?.id ?? docId;
    groups.set(key, [...(groups.get(key) ?? []), docId]);
  }
  const meetings: Meeting[] = [...groups.values()].map((docIds) => {
    const fullest = [...docIds].sort((a, b) => byDocument.get(b)!.length - byDocument.get(a)!.length)[0];
    const list = byDocument.get(fullest)!;
    const event = meetingOf.get(fullest);
    // A day-precision event date is the meeting's; otherwise the article's date is closer.
    const date = event?.date && event.date.length === 10 ? event.date : list[0].published;
    return {
      documentId: fullest,
      documentIds: docIds,
      date,
      title: list[0].title,
      source: list[0].source,
      corpusEventId: event?.id ?? null,
      proposals: list.map((p) => ({ ordinal: p.ordinal, text: p.text, theme: themeFor(p), start: p.start, end: p.end, documentId: p.documentId })),
    };
  });
  speech ??= loadSpeech();
  const aligned = alignByTheme(meetings, [...speech.themes.map((t) => t.label), OTHER_THEME]);
  return { speaker: rows[0]?.speaker ?? q.speaker, speakerId, ...aligned };
}
