import { describe, expect, it } from 'vitest';
import type { BookingView } from '@shared/contract';
import type { Talent } from '@shared/domain';
import { dayFromIso } from '../../../renderer/features/schedule/days';
import type { GridContext } from '../../../renderer/features/schedule/gridContext';
import { plannedKeyMoves } from '../../../renderer/features/schedule/keyMove';
import { buildRows } from '../../../renderer/features/schedule/rows';
import { shadeCells } from '../../../renderer/features/schedule/shadeCells';
import { paintRow, SHADE, ShadePen } from '../../../renderer/features/schedule/shadePaint';
import type { Load } from '../../../renderer/features/schedule/types';

const MON = dayFromIso('2030-01-21');
const loads = (entries: [number, Load][]) => new Map(entries);

describe('shadeCells', () => {
  it('lists booked days with their level, holidays, and days off; leaves out plain working days', () => {
    const row = {
      loads: loads([
        [MON, { cap: 8, conf: 8, tent: 0 }],
        [MON + 1, { cap: 0, conf: 0, tent: 0 }], // a public holiday: no capacity
        [MON + 2, { cap: 8, conf: 3, tent: 0 }],
        [MON + 3, { cap: 0, conf: 0, tent: 0 }],
        [MON + 4, { cap: 7.5, conf: 8, tent: 0 }],
        [MON + 5, { cap: 0, conf: 0, tent: 0 }],
      ]),
      holidays: new Map([[MON + 1, 'Bank holiday']]),
      closures: new Map<number, string>(),
    };
    expect(shadeCells(row, MON, MON + 5, 'day')).toEqual([
      { start: MON, days: 1, bg: null, level: 'full', fill: 0 },
      { start: MON + 1, days: 1, bg: 'hol', level: null, fill: 0 },
      { start: MON + 2, days: 1, bg: null, level: 'free', fill: 2 },
      { start: MON + 3, days: 1, bg: 'off', level: null, fill: 0 },
      { start: MON + 4, days: 1, bg: null, level: 'over', fill: 0 },
      // Saturday: the weekend column is the grid's own shading, not a day off.
    ]);
  });
  it('weeks are one cell each', () => {
    const row = { loads: loads([[MON, { cap: 40, conf: 20, tent: 0 }]]), holidays: undefined, closures: new Map<number, string>() };
    expect(shadeCells(row, MON, MON + 13, 'week')).toEqual([{ start: MON, days: 7, bg: null, level: 'free', fill: 2 }]);
  });
});

describe('ShadePen', () => {
  it('draws a strip in the level’s colour along the bottom of the row, over the over-allocated background', () => {
    const pen = new ShadePen();
    paintRow(pen, { dayStart: MON, dayEnd: MON + 6, dayW: 34, zoom: 'day' }, 38, [{ start: MON + 1, days: 1, bg: null, level: 'over', fill: 0 }]);
    expect(pen.stripCount).toBe(1);
    const paths = pen.paths();
    expect(paths.find((p) => p.fill === SHADE.overBg)).toEqual({ fill: SHADE.overBg, d: 'M34 38h34v37h-34z', strip: false });
    // x 35, y 68, 32 × 5, corners of radius 2.
    expect(paths.find((p) => p.fill === SHADE.over)).toEqual({
      fill: SHADE.over,
      d: 'M37 68h28a2 2 0 0 1 2 2v1a2 2 0 0 1 -2 2h-28a2 2 0 0 1 -2 -2v-1a2 2 0 0 1 2 -2z',
      strip: true,
    });
    expect(paths.findIndex((p) => p.fill === SHADE.overBg)).toBeLessThan(paths.findIndex((p) => p.fill === SHADE.over)); // background first
  });
});

describe('plannedKeyMoves', () => {
  const person = (id: number, name: string): Talent => ({
    id, externalId: null, kind: 'staff', name, email: null, team: null, primaryRoleId: 1, otherRoleIds: [], skills: [], tags: [], costRate: 0, billRate: 0,
    currency: 'GBP', utilisationTarget: null, holidayCountry: null, holidayRegion: null, activeFrom: null, activeTo: null, headcount: 1, notes: '',
  });
  const booking = (id: number, talentId: number): BookingView => ({
    id, talentId, campaignId: 1, demandLineId: null, start: '2030-01-21', end: '2030-01-23', hoursPerDay: 4, status: 'confirmed', note: '', createdAt: '', updatedAt: '', totalHours: 0,
  });
  const rows = buildRows([person(1, 'Ada'), person(2, 'Grace'), person(3, 'Linus')], 'none', 'name', []);
  const ctx = { rows, rowOf: new Map([[1, 0], [2, 1], [3, 2]]) } as unknown as GridContext;

  it('Alt+→ moves a day, Shift a week; Alt+↓ moves to the next person', () => {
    expect(plannedKeyMoves(ctx, [booking(9, 1)], 'ArrowRight', false)).toEqual([{ id: 9, talentId: 1, start: MON + 1, end: MON + 3 }]);
    expect(plannedKeyMoves(ctx, [booking(9, 1)], 'ArrowLeft', true)).toEqual([{ id: 9, talentId: 1, start: MON - 7, end: MON - 5 }]);
    expect(plannedKeyMoves(ctx, [booking(9, 1), booking(8, 2)], 'ArrowDown', false)).toEqual([
      { id: 9, talentId: 2, start: MON, end: MON + 2 },
      { id: 8, talentId: 3, start: MON, end: MON + 2 },
    ]);
  });
  it('nothing moves when one of the bars is already in the top or bottom row', () => {
    expect(plannedKeyMoves(ctx, [booking(9, 1)], 'ArrowUp', false)).toBeNull();
    expect(plannedKeyMoves(ctx, [booking(9, 2), booking(8, 3)], 'ArrowDown', false)).toBeNull();
  });
});
