// A readable, plain-text summary of one record for `extract --format pretty`.
import type { DyadRecord, EventEntity } from '../core/types.ts';

const names = (list: EventEntity[]) => list.map((e) => e.identifier_text || e.code).join(', ') || '-';

export function formatRecordPretty(r: DyadRecord): string {
  const d = r.document;
  const lines: string[] = [];
  lines.push(`== ${d.file ?? 'stdin'}: ${d.title ?? '(no headline)'}`);
  lines.push(`   ${d.source ?? 'unknown source'} · published ${d.published ?? 'unknown'}${d.dateline ? ` · dateline ${d.dateline}` : ''}${d.byline ? ` · by ${d.byline}` : ''}`);
  for (const w of d.warnings) lines.push(`   ! ${w}`);
  if (r.people.length) {
    lines.push('People');
    for (const p of r.people) lines.push(`   ${p.name} (${p.country ?? '?'})${p.offices.length ? ' — ' + p.offices.join('; ') : ''}`);
  }
  if (r.organizations.length) lines.push(`Organizations  ${r.organizations.map((o) => o.name).join('; ')}`);
  if (r.places.length) lines.push(`Places  ${r.places.map((p) => p.name).join(', ')}`);
  if (r.events.length) {
    lines.push('Events');
    for (const e of r.events) {
      const mode = e.mode.length ? `/${e.mode.join(',')}` : '';
      const where = e.event_loc ? ` in ${e.event_loc.name}` : '';
      lines.push(`   ${e.date ?? '????'}  ${e.event.join('|')}${mode}  ${names(e.actor)} → ${names(e.recipient)}${where}`);
    }
  }
  if (r.quotes.length) {
    lines.push('Quotes');
    for (const q of r.quotes) lines.push(`   ${q.speaker ?? '?'}: “${q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text}”`);
  }
  if (r.proposals.length) {
    lines.push('Proposals');
    for (const p of r.proposals) lines.push(`   ${p.speaker ?? '?'} #${p.ordinal}: ${p.text}`);
  }
  if (r.figures.length) {
    lines.push('Figures');
    for (const f of r.figures) lines.push(`   ${f.measure}: ${f.qualifier === 'exact' ? '' : f.qualifier + ' '}${f.value.toLocaleString('en-US')} ${f.unit}${f.period ? ` (${f.period})` : ''}`);
  }
  return lines.join('\n') + '\n';
}
