import type { CampaignPhaseView } from '@shared/contract';
import { addDaysIso, dayFromIso } from '@shared/dates';
import { movePhase, type StudioCalendar } from '@shared/phases';

/** The days the timeline shows: the phases with a couple of days either side. */
export function timelineSpan(phases: readonly { start: string; end: string }[]): { from: number; days: number } {
  const from = Math.min(...phases.map((p) => dayFromIso(p.start))) - 2;
  const to = Math.max(...phases.map((p) => dayFromIso(p.end))) + 2;
  return { from, days: to - from + 1 };
}

/** Where a phase's bar sits on the track, in percent. */
export function barBox(span: { from: number; days: number }, p: { start: string; end: string }): { left: string; width: string } {
  const a = dayFromIso(p.start) - span.from;
  const b = dayFromIso(p.end) - span.from + 1;
  return { left: `${(a / span.days) * 100}%`, width: `${((b - a) / span.days) * 100}%` };
}

export type Preview = { ok: true; dates: { start: string; end: string }[] } | { ok: false; message: string };

/** The phases as they would be with phase `k` dragged `days` calendar days (its dependants follow), as the handler moves them. */
export function previewDrag(phases: readonly CampaignPhaseView[], k: number, days: number, cal: StudioCalendar): Preview {
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const placed = phases.map((p) => ({ name: p.name, start: p.start, end: p.end, dependsOn: p.dependsOn.map((d) => index.get(d)!) }));
  const result = movePhase(placed, k, { start: addDaysIso(phases[k].start, days) }, cal);
  return result.ok ? { ok: true, dates: result.dates } : { ok: false, message: result.message };
}
