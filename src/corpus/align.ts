// Commitments across meetings: one speaker's enumerated proposals at each meeting, aligned by
// theme, marking what was repeated from the previous meeting, what is new and what was dropped.

export interface MeetingProposal {
  ordinal: number | null;
  text: string;
  theme: string;
  start: number;
  end: number;
  documentId: string;
}

export interface Meeting {
  /** The article whose list is shown (the fullest report of the meeting). */
  documentId: string;
  /** Every article reporting the meeting's list. */
  documentIds: string[];
  /** The meeting's own date (its event's), else the article's publication date. */
  date: string | null;
  title: string | null;
  source: string | null;
  /** The merged CONSULT event the list was presented at, when the corpus has it. */
  corpusEventId: string | null;
  proposals: MeetingProposal[];
}

export type ProposalStatus = 'added' | 'repeated' | 'dropped';

export interface AlignedProposal extends MeetingProposal {
  status: ProposalStatus;
}

export interface AlignedMeeting extends Omit<Meeting, 'proposals'> {
  /** Theme → this meeting's proposals on it, plus the previous meeting's ones it dropped. */
  cells: Record<string, AlignedProposal[]>;
  repeated: string[];
  added: string[];
  dropped: string[];
}

export interface Alignment {
  /** Themes in the data file's order, those that occur only. */
  themes: string[];
  /** Meetings in date order. */
  meetings: AlignedMeeting[];
}

/** Aligns meetings (any order) by theme; `themeOrder` lists the known themes, others sort after. */
export function alignByTheme(meetings: Meeting[], themeOrder: string[]): Alignment {
  const sorted = [...meetings].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.documentId.localeCompare(b.documentId));
  const present = new Set(sorted.flatMap((m) => m.proposals.map((p) => p.theme)));
  const rank = (t: string): number => (themeOrder.includes(t) ? themeOrder.indexOf(t) : themeOrder.length);
  const themes = [...present].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const out: AlignedMeeting[] = [];
  let previous: Meeting | null = null;
  for (const m of sorted) {
    const before = new Set(previous?.proposals.map((p) => p.theme) ?? []);
    const now = new Set(m.proposals.map((p) => p.theme));
    const cells: Record<string, AlignedProposal[]> = {};
    for (const p of m.proposals) {
      (cells[p.theme] ??= []).push({ ...p, status: before.has(p.theme) ? 'repeated' : 'added' });
    }
    const dropped = themes.filter((t) => before.has(t) && !now.has(t));
    for (const t of dropped) {
      cells[t] = previous!.proposals.filter((p) => p.theme === t).map((p) => ({ ...p, status: 'dropped' as const }));
    }
    out.push({
      documentId: m.documentId,
      documentIds: m.documentIds,
      date: m.date,
      title: m.title,
      source: m.source,
      corpusEventId: m.corpusEventId,
      cells,
      repeated: themes.filter((t) => before.has(t) && now.has(t)),
      added: themes.filter((t) => !before.has(t) && now.has(t)),
      dropped,
    });
    previous = m;
  }
  return { themes, meetings: out };
}
