import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';

// Refusals in the app's voice: dates in words, not ISO codes; every field at fault in one answer.

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const refused = async (channel: string, input: unknown) => {
  const e = await ws.send(channel, input);
  if (e.ok) throw new Error(`${channel} was accepted`);
  return e.error;
};

describe('messages', () => {
  it('a demand line outside its campaign names the campaign\'s dates in words', async () => {
    const { spring } = await smallStudio(ws);
    const error = await refused('demandLines:create', { campaignId: spring.id, roleId: null, skills: [], hours: 10, start: '2027-02-20', end: '2027-03-10' });
    // A line needs a role or a skill first; give it one.
    expect(error.field).toBe('roleId');
    const designer = (await ws.call('roles:list')).find((r) => r.name === 'Designer')!;
    const outside = await refused('demandLines:create', { campaignId: spring.id, roleId: designer.id, skills: [], hours: 10, start: '2027-02-20', end: '2027-03-10' });
    expect(outside).toMatchObject({ field: 'start', message: 'Window: the line must start and end within the campaign, which runs from 1 March 2027 to 30 April 2027.' });
    expect(outside.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a booking after the contract ends says when it ends, in words', async () => {
    const { ada, spring } = await smallStudio(ws);
    await ws.call('talent:update', { id: ada.id, activeTo: '2027-03-12' });
    const error = await refused('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-15', end: '2027-03-19', hoursPerDay: 6 });
    expect(error).toMatchObject({ field: 'start', message: "Start: Ada Lovelace's contract ends on 12 March 2027, before this booking starts." });
  });

  it('an imported row that ends before it starts says both dates in words', async () => {
    await smallStudio(ws);
    const path = writeTemp(ws, 'off.csv', 'Email,Start,End,Type\nada@example.com,2027-08-13,2027-08-02,Vacation\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'timeOff' });
    expect(preview.errors[0].message).toBe("Row 2, column 'End': must be on or after the start (13 August 2027); got 2 August 2027");
  });

  it('a range too long names both dates in words', async () => {
    const error = await refused('capacity:roleWeeks', { range: { start: '2027-01-04', end: '2031-01-04' } });
    expect(error.message).toMatch(/you asked for 4 January 2027 to 4 January 2031, 1,462 days/);
  });

  it('an input with several bad fields names them all at once', async () => {
    const error = await refused('campaigns:create', { name: '', status: 'confirmed', start: '2027-03-01', end: '2027-04-30', budget: -5, probability: 500 });
    const fields = [error.field, ...(error.moreFields ?? []).map((f) => f.field)];
    expect(new Set(fields)).toEqual(new Set(['name', 'budget', 'probability']));
    for (const f of error.moreFields ?? []) expect(f.message).toMatch(/^[A-Z][\w ]+: \S/);
  });
});
