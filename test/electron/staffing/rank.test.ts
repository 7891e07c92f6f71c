import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffingRankResult } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { staffingStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const byName = (r: StaffingRankResult) => new Map(r.candidates.map((c) => [c.name, c] as const));

describe('staffing:rank', () => {
  it('lists people with the role and every skill at the level asked, then near matches saying what they miss, of the kinds asked', async () => {
    const s = await staffingStudio(ws);
    const r = await ws.call('staffing:rank', { demandLineId: s.line.id });
    const found = byName(r);
    expect([...found.keys()].sort()).toEqual(['Ada Lovelace', 'Bob Designer', 'Cara Skills', 'Eve Other', 'Pixel Agency']);
    // Only Ada (Designer, Figma 4) can work on a Designer + Figma 3+ line; the rest rank below her.
    expect(r.eligible).toBe(1);
    expect(r.candidates[0]).toMatchObject({ name: 'Ada Lovelace', match: 'primary role', skillMatch: 1, missing: null });
    expect(found.get('Bob Designer')).toMatchObject({ match: 'primary role', skillMatch: 0, missing: 'missing Figma level 3' });
    expect(found.get('Eve Other')).toMatchObject({ match: 'other role', missing: 'missing Figma level 3' });
    expect(found.get('Cara Skills')).toMatchObject({ match: 'skills', skillMatch: 1, missing: 'missing the Designer role' });
    expect(found.get('Bob Designer')!.reason).toContain('· missing Figma level 3');
    expect(found.get('Pixel Agency')!.reason).toContain('agency');
    const staffOnly = await ws.call('staffing:rank', { demandLineId: s.line.id, kinds: ['staff'] });
    expect(staffOnly.candidates.map((c) => c.kind).every((k) => k === 'staff')).toBe(true);
    expect(staffOnly.eligible).toBe(0);
    expect(staffOnly.candidates.map((c) => c.name).sort()).toEqual(['Bob Designer', 'Cara Skills', 'Eve Other']);
  });

  it('counts free hours after holidays, time off and bookings; tentative ones only when asked', async () => {
    const s = await staffingStudio(ws);
    // March 2027: 23 weekdays, Good Friday (26) and Easter Monday (29) are English bank holidays: 21 × 8 h.
    const free = async (includeTentative = true) =>
      byName(await ws.call('staffing:rank', { demandLineId: s.line.id, includeTentative })).get('Cara Skills')!.freeHours;
    expect(await free()).toBe(168);
    await ws.call('timeOff:create', { talentId: s.cara.id, start: '2027-03-08', end: '2027-03-09', type: 'vacation' });
    expect(await free()).toBe(152);
    await ws.call('bookings:create', { talentId: s.cara.id, campaignId: s.spring.id, start: '2027-03-15', end: '2027-03-17', hoursPerDay: 4, status: 'confirmed' });
    expect(await free()).toBe(140);
    await ws.call('bookings:create', { talentId: s.cara.id, campaignId: s.spring.id, start: '2027-03-22', end: '2027-03-22', hoursPerDay: 8, status: 'tentative' });
    expect(await free()).toBe(132);
    expect(await free(false)).toBe(140);
  });

  it('marks continuity, explains each candidate, and suggests a booking that over-allocates no day', async () => {
    const s = await staffingStudio(ws);
    const other = await ws.call('demandLines:create', { campaignId: s.spring.id, roleId: s.writer.id, hours: 10, start: '2027-04-01', end: '2027-04-09' });
    await ws.call('bookings:create', { talentId: s.eve.id, campaignId: s.spring.id, demandLineId: other.id, start: '2027-04-05', end: '2027-04-05', hoursPerDay: 8 });
    // Bob is away for a week in the middle of March.
    await ws.call('timeOff:create', { talentId: s.bob.id, start: '2027-03-15', end: '2027-03-19', type: 'vacation' });
    const r = await ws.call('staffing:rank', { demandLineId: s.line.id });
    const found = byName(r);
    expect(found.get('Eve Other')).toMatchObject({ continuity: true });
    expect(found.get('Eve Other')!.reason).toContain('already on this campaign');
    expect(found.get('Ada Lovelace')!.continuity).toBe(false);
    expect(r.candidates[0].reason).toMatch(/^Covers \d+% \(\d+(\.\d)? of 120 h\) · £\d+/);
    for (const c of r.candidates) {
      expect(c.booking).not.toBeNull();
      const check = await ws.call('bookings:check', { talentId: c.talentId, campaignId: s.spring.id, demandLineId: s.line.id, start: c.booking!.start, end: c.booking!.end, hoursPerDay: c.booking!.hoursPerDay });
      expect(check.message, c.name).toBeNull();
      expect(check.totalHours).toBeCloseTo(c.booking!.totalHours, 1);
    }
    // Bob's longest free run avoids his week off.
    const bob = found.get('Bob Designer')!.booking!;
    expect(bob.start > '2027-03-19' || bob.end < '2027-03-15').toBe(true);
    // Cara covers the 120 h exactly in one booking of whole quarter hours: 6 h a day for 20 working days (Easter falls in between).
    expect(found.get('Cara Skills')!.booking).toMatchObject({ start: '2027-03-01', end: '2027-03-30', hoursPerDay: 6, totalHours: 120, days: 20 });
  });

  it('shows as covered exactly the hours its Book button books, in quarter hours', async () => {
    const s = await staffingStudio(ws);
    // Messy: part-timers, a mid-week window, partial bookings that leave uneven free hours.
    await ws.call('patterns:create', { talentId: s.cara.id, effectiveFrom: '2027-03-08', hours: [6, 0, 6, 0, 5.5, 0, 0] });
    await ws.call('bookings:create', { talentId: s.bob.id, campaignId: s.spring.id, start: '2027-03-03', end: '2027-03-10', hoursPerDay: 2.3, status: 'confirmed' });
    const line = await ws.call('demandLines:create', { campaignId: s.spring.id, roleId: s.designer.id, hours: 115, start: '2027-03-03', end: '2027-03-26' });
    const r = await ws.call('staffing:rank', { demandLineId: line.id });
    expect(r.candidates.length).toBeGreaterThan(2);
    for (const c of r.candidates) {
      const booked = c.booking?.totalHours ?? 0;
      expect(c.coverHours, c.name).toBe(booked);
      expect(c.coverage).toBeCloseTo(booked / 115, 9);
      expect(c.reason).toContain(`(${booked} of 115 h)`);
      if (!c.booking) continue;
      expect(Number.isInteger(c.booking.hoursPerDay * 4)).toBe(true);
      // Booking it makes exactly that many hours, on a line that then shows them booked.
      const made = await ws.call('bookings:create', { talentId: c.talentId, campaignId: s.spring.id, demandLineId: line.id, start: c.booking.start, end: c.booking.end, hoursPerDay: c.booking.hoursPerDay });
      expect(made.totalHours).toBe(booked);
      await ws.call('history:undo');
    }
  });

  it('says a filled line is filled instead of ranking people on 0 of 0 h', async () => {
    const s = await staffingStudio(ws);
    const line = await ws.call('demandLines:create', { campaignId: s.spring.id, roleId: s.designer.id, hours: 16, start: '2027-03-01', end: '2027-03-05' });
    await ws.call('bookings:create', { talentId: s.bob.id, campaignId: s.spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 8 });
    const r = await ws.call('staffing:rank', { demandLineId: line.id });
    expect(r.line.openHours).toBe(0);
    expect(r.candidates).toEqual([]);
  });

  it('refuses an unknown line', async () => {
    const res = await ws.send('staffing:rank', { demandLineId: 999 });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
