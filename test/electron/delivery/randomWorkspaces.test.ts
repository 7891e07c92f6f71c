// On random workspaces (seeded: part-timers, two holiday regions, time off, closures, confirmed and
// tentative bookings, mid-week starts, an agency of four), the dates delivery:answer gives are feasible: booking every
// run it names through the real handlers is never refused for over-allocation, and afterwards no
// one is over-allocated. Tentative bookings count as taken here, as they do when the user books.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryPhase } from '@shared/contract';
import { addDaysIso } from '@shared/dates';
import { mulberry32 } from '../../bench/capacity-input';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const START = '2027-05-05'; // a Wednesday

async function randomStudio(seed: number) {
  const r = mulberry32(seed);
  const int = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const roles = [];
  for (const name of ['Designer', 'Copywriter', 'Editor'].slice(0, int(2, 3))) roles.push(await ws.call('roles:create', { name }));
  const skill = await ws.call('skills:create', { name: 'Figma' });
  const people = [];
  for (let i = 0; i < int(4, 8); i++) {
    const h = [6, 7.5, 8][int(0, 2)];
    const days = r() < 0.3 ? [0, 1, 2] : [0, 1, 2, 3, 4];
    const de = r() < 0.3;
    const start = addDaysIso(START, int(0, 30));
    people.push(
      await ws.call('talent:create', {
        ...(i === 0 ? { kind: 'agency' as const, headcount: 4 } : { kind: r() < 0.2 ? ('freelancer' as const) : ('staff' as const) }),
        name: `Person ${i}`,
        primaryRoleId: roles[int(0, roles.length - 1)].id,
        otherRoleIds: r() < 0.3 ? [roles[0].id] : [],
        skills: r() < 0.6 ? [{ skillId: skill.id, level: int(1, 5) }] : [],
        holidayCountry: de ? 'DE' : 'GB',
        holidayRegion: de ? 'BY' : 'ENG',
        patterns: [{ effectiveFrom: '2026-01-01', hours: [0, 1, 2, 3, 4, 5, 6].map((d) => (days.includes(d) ? h : 0)) as [number, number, number, number, number, number, number] }],
        timeOff: r() < 0.4 ? [{ start, end: addDaysIso(start, int(0, 6)), type: 'vacation' }] : [],
      }),
    );
  }
  await ws.call('closures:create', { date: addDaysIso(START, int(5, 40)), name: 'Studio day' });
  const other = await ws.call('campaigns:create', { name: 'Other work', status: 'confirmed', priority: 2, start: '2027-01-01', end: '2027-12-31' });
  for (let i = 0; i < int(4, 12); i++) {
    const start = addDaysIso(START, int(-5, 40));
    const t = people[int(0, people.length - 1)];
    await ws.call('bookings:create', { talentId: t.id, campaignId: other.id, start, end: addDaysIso(start, int(0, 12)), hoursPerDay: int(1, 6), status: r() < 0.5 ? 'tentative' : 'confirmed', allowOverAllocation: true });
  }
  const phases: DeliveryPhase[] = [];
  for (let i = 0; i < int(2, 5); i++) {
    const deps = phases.filter(() => r() < 0.5).map((p) => p.id);
    const role = roles[int(0, roles.length - 1)];
    phases.push({
      id: `p${i}`,
      name: `Phase ${i}`,
      durationDays: int(2, 8),
      dependsOn: deps,
      roles: [{ roleId: role.id, hours: int(4, 60), skills: r() < 0.3 ? [{ skillId: skill.id, minLevel: int(1, 3) }] : [], maxPeople: r() < 0.5 ? int(1, 3) : null }],
    });
  }
  const subject = await ws.call('campaigns:create', { name: 'New brief', status: 'pipeline', priority: 3, start: START, end: '2027-12-31' });
  return { phases, subject };
}

describe('delivery dates on random workspaces', () => {
  it('book without over-allocating anyone (12 seeds)', async () => {
    let booked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      ws.close();
      ws = tempWorkspace();
      const { phases, subject } = await randomStudio(seed);
      const before = (await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2028-06-30' } })).length;
      const a = await ws.call('delivery:answer', { campaignId: subject.id, phases, earliestStart: START, tentativeIsTaken: true });
      for (const p of a.phases) {
        for (const role of p.roles) {
          const hours = role.people.reduce((s, x) => s + x.hours, 0);
          if (p.start) expect(hours, `seed ${seed} ${p.name}`).toBeCloseTo(role.hours, 6);
          for (const person of role.people) {
            for (const run of person.runs) {
              expect(run.start >= p.start! && run.end <= p.end!).toBe(true);
              const e = await ws.send('bookings:create', { talentId: person.id, campaignId: subject.id, start: run.start, end: run.end, hoursPerDay: run.hoursPerDay, status: 'tentative' });
              expect(e.ok, `seed ${seed}: ${e.ok ? '' : e.error.message}`).toBe(true);
              booked++;
            }
          }
        }
      }
      const after = (await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2028-06-30' } })).length;
      expect(after, `seed ${seed}`).toBe(before);
    }
    expect(booked).toBeGreaterThan(30);
  }, 120_000);
});
