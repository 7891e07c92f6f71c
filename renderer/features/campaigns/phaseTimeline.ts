import type { CampaignPhaseView } from '@shared/contract';
import { addDaysIso, dayFromIso } from '@shared/dates';
import { editPhase, findCycle, movePhase, placeNewPhase, type StudioCalendar } from '@shared/phases';

/** The days the timeline shows: the phases, a couple of days before, and room after to drag into (a week, or a third of their length). */
export function timelineSpan(phases: readonly { start: string; end: string }[]): { from: number; days: number } {
  const first = Math.min(...phases.map((p) => dayFromIso(p.start)));
  const last = Math.max(...phases.map((p) => dayFromIso(p.end)));
  const from = first - 2;
  const to = last + Math.max(7, Math.ceil((last - first) / 3));
  return { from, days: to - from + 1 };
}

/** Runs of days with no studio work (weekends, closures) in the span, for shading; none on long spans. */
export function closedRuns(span: { from: number; days: number }, cal: StudioCalendar): { start: number; days: number }[] {
  if (span.days > 400) return [];
  const out: { start: number; days: number }[] = [];
  for (let d = span.from; d < span.from + span.days; d++) {
    if (cal.isWorking(d)) continue;
    const last = out.at(-1);
    if (last && last.start + last.days === d) last.days++;
    else out.push({ start: d, days: 1 });
  }
  return out;
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

/**
 * Where an added or edited phase would go, as the handler places it: its days, and the phases after it
 * that would move; null while the input can't be placed (no days yet, a circle, a campaign with no phases).
 */
export function previewEdit(
  phases: readonly CampaignPhaseView[],
  editing: CampaignPhaseView | null,
  change: { durationDays: number | null; dependsOn: readonly number[] },
  cal: StudioCalendar,
): { dates: { start: string; end: string }; moved: string[] } | null {
  const days = change.durationDays;
  if (days === null || !Number.isInteger(days) || days < 1 || days > 1305 || phases.length === 0) return null;
  const index = new Map(phases.map((p, i) => [p.id, i]));
  const deps = change.dependsOn.map((d) => index.get(d)).filter((d): d is number => d !== undefined);
  if (!editing) {
    const from = phases.reduce((m, p) => (p.start < m ? p.start : m), phases[0].start);
    return { dates: placeNewPhase(phases, deps, days, from, cal), moved: [] };
  }
  const k = index.get(editing.id)!;
  const placed = phases.map((p) => ({ name: p.name, start: p.start, end: p.end, dependsOn: p.dependsOn.map((d) => index.get(d)!) }));
  if (deps.includes(k) || findCycle(placed.map((p, i) => (i === k ? deps : p.dependsOn)))) return null;
  const result = editPhase(placed, k, { durationDays: days, dependsOn: deps }, cal);
  if (!result.ok) return null;
  return { dates: result.dates[k], moved: result.moved.filter((i) => i !== k).map((i) => phases[i].name) };
}
