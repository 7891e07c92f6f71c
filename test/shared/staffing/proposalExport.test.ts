import { describe, expect, it } from 'vitest';
import type { StaffingProposalView } from '@shared/contract';
import { lineState, proposalPreamble, proposalTables } from '@shared/staffing/plan/proposalExport';
import { proposalHtml } from '@shared/staffing/plan/proposalPdf';

// The proposal as a reviewer reads it: each line's state in words, the preamble's totals, and the
// printed page's text escaped (a name is text, never markup).

const line = (id: number, over: Partial<StaffingProposalView['lines'][number]> = {}) => ({
  demandLineId: id, campaignId: 1, campaignName: 'Spring <Launch>', roleId: 2, roleName: 'Designer', start: '2027-03-03', end: '2027-03-26',
  priority: 1 as const, probability: 60, openBefore: 40, staffed: 40, unstaffed: 0, cost: 900, accepted: false, ...over,
});
const booking = (key: number, demandLineId: number, hoursPerDay: number, days: number) => ({
  key, talentId: 7, name: 'Zoë <b>Ng</b>', kind: 'freelancer' as const, demandLineId, campaignId: 1, start: '2027-03-03', end: '2027-03-05',
  hoursPerDay, totalHours: hoursPerDay * days, costRate: 45, cost: hoursPerDay * days * 45,
});

const view = {
  id: 'plan-1', mode: 'split', range: { start: '2027-03-01', end: '2027-03-31' }, createdAt: '2027-02-26T23:30:00.000Z',
  bookings: [booking(0, 10, 7.25, 3), booking(1, 11, 2.5, 2)],
  lines: [line(10), line(11, { staffed: 5, unstaffed: 35 }), line(12, { staffed: 0, unstaffed: 16, roleName: 'No role yet' }), line(13, { accepted: true })],
  unstaffed: [{ roleId: 2, roleName: 'Designer', weekStart: '2027-03-01', hours: 35 }], nearLimit: [],
  overAllocatedDays: 0, totalCost: 1203.75, totalPenalty: 0, objective: 0, solverObjective: 0, staffedHours: 26.75, unstaffedHours: 51,
  bound: 0, gap: 0, optimal: true, greedyObjective: 0, currency: 'EUR', costWarnings: ['12 h of USD have no rate to EUR'], penaltyBase: 1, ms: 3, quality: 'The best possible plan',
} as StaffingProposalView;
const meta = { generated: '2027-02-27', proposedOn: '2027-02-27', stale: true };

describe('a proposal for review', () => {
  it('says each line’s state in words', () => {
    expect(view.lines.map((l) => lineState(view, l))).toEqual(['Proposed', 'Proposed, partly staffed', 'Nobody free', 'Accepted']);
  });

  it('opens with what it is, that one line is accepted, the totals in the reporting currency, the warnings and that it is out of date', () => {
    expect(proposalPreamble(view, meta)).toEqual([
      'Staffing proposal, 1 Mar 2027 to 31 Mar 2027',
      'Proposed on 27 Feb 2027; 1 of 4 lines accepted so far, the rest is not booked.',
      '26.8 h staffed, 51.0 h unstaffed, cost EUR 1,203.75 (in EUR, the reporting currency). The best possible plan.',
      '12 h of USD have no rate to EUR',
      'The workspace has changed since this plan was proposed: propose again before accepting it.',
      'Generated 27 Feb 2027.',
    ]);
  });

  it('writes bookings with words, names and two-decimal hours a day; lines with their unstaffed remainder', () => {
    const [bookings, lines, unstaffed] = proposalTables(view);
    const rows = [...bookings.rows];
    expect(rows[0].slice(0, 5)).toEqual(['Zoë <b>Ng</b>', 'Freelancer', 'Spring <Launch>', 'Designer', 'P1 (highest)']);
    expect(bookings.columns[7]).toMatchObject({ header: 'Hours a day', kind: 'dayHours' });
    expect(rows.map((r) => r[7])).toEqual([7.25, 2.5]);
    expect([...lines.rows].map((r) => r[8])).toEqual([0, 35, 16, 0]);
    expect(lines.columns[9].header).toBe('Cost in EUR');
    expect([...unstaffed.rows]).toHaveLength(1);
  });

  it('prints names as text, hours a day and totals with two decimals', () => {
    const { html, title, rows } = proposalHtml(view, meta);
    expect(title).toBe('Staffing proposal, 1 Mar 2027 to 31 Mar 2027');
    expect(rows).toBe(6);
    expect(html).not.toContain('<b>Ng</b>');
    expect(html).toContain('Zoë &#60;b&#62;Ng&#60;/b&#62;');
    expect(html).toContain('<td>7.25</td><td>21.75</td>');
    expect(html).toContain('Nobody free');
  });
});
