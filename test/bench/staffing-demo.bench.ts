// The staffing plan where the user meets it, on the demo studio: propose the whole plan for the next
// 12 and 26 weeks (split and whole), accept all of it through the handler table, and print what a
// planner would see: bookings, the largest hours a day, hours a day that aren't whole quarter hours,
// whether accepting worked, and over-allocated days that accepting created. One JSON line per plan.
// `npm run bench:staffing-demo`
import { tempWorkspace } from '../electron/helpers/workspace';

const TODAY = '2026-11-26';

function weeksFrom(today: string, weeks: number) {
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + weeks * 7 - 1);
  return { start: today, end: end.toISOString().slice(0, 10) };
}

async function overDays(call: (c: 'capacity:overallocations', i: unknown) => Promise<{ talentId: number; days: { date: string }[] }[]>, range: { start: string; end: string }) {
  const runs = await call('capacity:overallocations', { range });
  return new Set(runs.flatMap((r) => r.days.map((d) => `${r.talentId}|${d.date}`)));
}

async function main() {
  for (const weeks of [12, 26]) {
    for (const mode of ['split', 'whole'] as const) {
      const ws = tempWorkspace(() => new Date(`${TODAY}T10:00:00Z`));
      try {
        await ws.call('workspace:loadDemo', { today: TODAY });
        const range = weeksFrom(TODAY, weeks);
        const call = ws.call as never as (c: string, i: unknown) => Promise<never>;
        const before = await overDays(call, range);
        const t0 = performance.now();
        const p = await ws.call('staffing:propose', { range, mode, kinds: ['staff', 'freelancer', 'agency'], maxSeconds: 10 });
        const proposeMs = Math.round(performance.now() - t0);
        const perDay = p.bookings.map((b) => b.hoursPerDay);
        const pairs = new Map<string, number>();
        for (const b of p.bookings) pairs.set(`${b.talentId}:${b.demandLineId}`, (pairs.get(`${b.talentId}:${b.demandLineId}`) ?? 0) + 1);
        const accepted = await ws.send('staffing:accept', { proposalId: p.id, status: 'tentative' });
        const after = await overDays(call, range);
        const created = [...after].filter((k) => !before.has(k)).length;
        console.log(
          JSON.stringify({
            bench: 'staffing-demo',
            weeks,
            mode,
            lines: p.lines.length,
            bookings: p.bookings.length,
            staffedHours: p.staffedHours,
            largestHoursPerDay: Math.max(0, ...perDay),
            notQuarterHours: perDay.filter((h) => !Number.isInteger(h * 4)).length,
            mostBookingsForOnePersonOnOneLine: Math.max(0, ...pairs.values()),
            accept: accepted.ok ? 'ok' : `refused: ${accepted.error.message}`,
            overAllocatedDaysCreated: created,
            objective: Math.round(p.objective),
            quality: p.quality,
            proposeMs,
          }),
        );
      } finally {
        ws.close();
      }
    }
  }
}

void main();
