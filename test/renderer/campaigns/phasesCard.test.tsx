import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhasesCard } from '../../../renderer/features/campaigns/PhasesCard';
import { useStore } from '../../../renderer/store';
import type { TestWorkspace } from '../../electron/helpers/workspace';
import { answerWithHandlers } from '../handlerApi';

// The campaign page's phases, over the real handler table: the arrow keys move a phase a working
// day (over a closure), the phases after it follow, and the handoffs list their SLA and state.

let ws: TestWorkspace;
answerWithHandlers((opened) => (ws = opened));
afterEach(() => {
  useStore.setState({ phases: [], phasesCampaignId: null, phasesLoaded: false, closures: [], closuresLoaded: false });
});

async function campaign() {
  const designer = await ws.call('roles:create', { name: 'Designer' });
  await ws.call('closures:create', { date: '2027-03-10', name: 'Office move' });
  const t = await ws.call('templates:create', {
    name: 'Two steps',
    phases: [
      { name: 'Concept', durationDays: 3, roles: [{ roleId: designer.id, hours: 20 }], handoffRoleId: designer.id, handoffSlaDays: 2 },
      { name: 'Design', durationDays: 2, dependsOn: [0], roles: [{ roleId: designer.id, hours: 15 }] },
    ],
  });
  return (await ws.call('templates:createCampaign', { templateId: t.id, anchor: 'start', date: '2027-03-04', campaign: { name: 'Aurora' } })).campaign;
}

describe('PhasesCard', () => {
  it('→ on a phase moves it a working day, over the closure; the phase after it follows', async () => {
    const c = await campaign();
    render(<PhasesCard campaignId={c.id} />);
    const concept = await screen.findByRole('button', { name: /^Concept, .*drag/ });
    // Concept: Thu 4 – Mon 8 March; Design: Tue 9, (Wed 10 closed), Thu 11.
    expect(screen.getByRole('table', { name: /^Handoffs/ }).textContent).toContain('2 working days');
    await waitFor(() => expect(useStore.getState().closuresLoaded).toBe(true));
    fireEvent.keyDown(concept, { key: 'ArrowRight' });
    await waitFor(async () => expect((await ws.call('phases:list', { campaignId: c.id })).map((p) => [p.start, p.end])).toEqual([
      ['2027-03-05', '2027-03-09'],
      ['2027-03-11', '2027-03-12'],
    ]));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Design, .*drag/ }).getAttribute('aria-label')).toMatch(/11.*12/));
  });

  it('a click on a phase (Enter, from the keyboard) opens its dates', async () => {
    const c = await campaign();
    render(<PhasesCard campaignId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Design, .*drag/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Dates of Design' });
    expect((dialog.querySelector('input[type=date]') as HTMLInputElement).value).toBe('2027-03-09');
  });

  it('says why a phase can’t start before the one it waits for has finished', async () => {
    const c = await campaign();
    render(<PhasesCard campaignId={c.id} />);
    fireEvent.keyDown(await screen.findByRole('button', { name: /^Design, .*drag/ }), { key: 'ArrowLeft' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Design can't start before Concept has finished on 8 March 2027\.$/);
  });

  it('a campaign with no phases offers Add phase; the new phase shows with its days', async () => {
    const plain = await ws.call('campaigns:create', { name: 'Retail POS', status: 'pipeline', start: '2027-03-06', end: '2027-03-20' });
    render(<PhasesCard campaignId={plain.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add phase' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a phase' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Shoot' } });
    fireEvent.change(within(dialog).getByLabelText('Working days'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add phase' }));
    // Saturday the 6th: the phase starts on Monday 8 March, three working days.
    await waitFor(async () => expect((await ws.call('phases:list', { campaignId: plain.id })).map((p) => [p.name, p.start, p.end])).toEqual([['Shoot', '2027-03-08', '2027-03-10']]));
    expect((await screen.findByRole('button', { name: /^Shoot, .*drag/ })).getAttribute('aria-label')).toMatch(/8.*10/);
  });

  it('Add phase asks for role hours with the skills they need; they become a demand line of the phase', async () => {
    const c = await campaign();
    const [designer] = await ws.call('roles:list');
    const figma = await ws.call('skills:create', { name: 'Figma' });
    useStore.setState({ roles: await ws.call('roles:list'), skills: await ws.call('skills:list') });
    render(<PhasesCard campaignId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add phase' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a phase' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Layouts' } });
    fireEvent.change(within(dialog).getByLabelText('Working days'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add role hours' }));
    const row = within(dialog).getByRole('group', { name: 'Layouts: role 1' });
    fireEvent.change(within(row).getByLabelText('Role'), { target: { value: String(designer.id) } });
    fireEvent.change(within(row).getByLabelText('Hours'), { target: { value: '12,5' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Add skill' }));
    fireEvent.change(within(row).getByRole('combobox', { name: 'Minimum level of Figma' }), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add phase' }));
    await waitFor(async () => expect((await ws.call('phases:list', { campaignId: c.id })).map((p) => p.name)).toContain('Layouts'));
    const layouts = (await ws.call('phases:list', { campaignId: c.id })).find((p) => p.name === 'Layouts')!;
    const lines = (await ws.call('demandLines:list', { campaignIds: [c.id] })).filter((l) => l.phaseId === layouts.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ roleId: designer.id, hours: 12.5, skills: [{ skillId: figma.id, minLevel: 3 }], start: layouts.start, end: layouts.end });
  });

  it('removing a phase whose line has bookings asks to keep that line as campaign demand, and does so', async () => {
    const c = await campaign();
    const [, design] = await ws.call('phases:list', { campaignId: c.id });
    const [line] = (await ws.call('demandLines:list', { campaignIds: [c.id] })).filter((l) => l.phaseId === design.id);
    const ada = await ws.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: line.roleId!, holidayCountry: 'GB', holidayRegion: 'ENG' });
    await ws.call('bookings:create', { talentId: ada.id, campaignId: c.id, demandLineId: line.id, start: design.start, end: design.end, hoursPerDay: 4 });
    render(<PhasesCard campaignId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Edit Design:/ }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Edit Design' })).getByRole('button', { name: 'Remove phase' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove Design?' });
    expect(confirm.textContent).toContain('1 demand line of it has 1 booking: it stays on the campaign as demand without a phase, with its bookings.');
    expect(confirm.textContent).toContain('Cancel to keep the phase as it is.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove, keep booked lines' }));
    await waitFor(async () => expect((await ws.call('phases:list', { campaignId: c.id })).map((p) => p.name)).toEqual(['Concept']));
    expect((await ws.call('demandLines:list', { campaignIds: [c.id] })).find((l) => l.id === line.id)).toMatchObject({ phaseId: null, hours: 15 });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Design, .*drag/ })).toBeNull());
  });

  it('a longer phase that would push bookings onto a full day asks first, then moves them', async () => {
    const c = await campaign();
    const [concept, design] = await ws.call('phases:list', { campaignId: c.id });
    const [line] = (await ws.call('demandLines:list', { campaignIds: [c.id] })).filter((l) => l.phaseId === design.id);
    const ada = await ws.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: line.roleId!, holidayCountry: 'GB', holidayRegion: 'ENG' });
    const other = await ws.call('campaigns:create', { name: 'Black Friday', status: 'confirmed', start: '2027-03-01', end: '2027-03-31' });
    await ws.call('bookings:create', { talentId: ada.id, campaignId: other.id, start: '2027-03-12', end: '2027-03-15', hoursPerDay: 7.5 });
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: c.id, demandLineId: line.id, start: '2027-03-09', end: '2027-03-11', hoursPerDay: 4 });
    render(<PhasesCard campaignId={c.id} />);
    await waitFor(() => expect(useStore.getState().closuresLoaded).toBe(true));
    fireEvent.click(await screen.findByRole('button', { name: /^Edit Concept:/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Concept' });
    fireEvent.change(within(dialog).getByLabelText('Working days'), { target: { value: '5' } });
    // Concept 4–11 March (the 10th closed); Design, after it, is pushed to 12–15.
    expect(within(dialog).getByRole('status').textContent).toMatch(/^Concept: Mar 4\s–\s11, 2027; Design moves later$/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save phase' }));
    const ask = await screen.findByRole('dialog', { name: 'Move the bookings anyway?' });
    expect(ask.textContent).toMatch(/Ada Lovelace would be over-allocated/);
    expect((await ws.call('phases:list', { campaignId: c.id }))[0].end).toBe(concept.end);
    fireEvent.click(within(ask).getByRole('button', { name: 'Move anyway' }));
    await waitFor(async () => expect(await ws.call('bookings:get', { id: booking.id })).toMatchObject({ start: '2027-03-12', end: '2027-03-15' }));
    expect((await ws.call('phases:list', { campaignId: c.id })).map((p) => [p.start, p.end])).toEqual([['2027-03-04', '2027-03-11'], ['2027-03-12', '2027-03-15']]);
  });

  it('editing a phase shows its handoff and changes it to another receiver and SLA', async () => {
    const c = await campaign();
    const designer = (await ws.call('roles:list'))[0];
    const writer = await ws.call('roles:create', { name: 'Copywriter' });
    useStore.setState({ roles: await ws.call('roles:list'), skills: [] });
    render(<PhasesCard campaignId={c.id} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Edit Concept:/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Concept' });
    const to = within(dialog).getByLabelText('Handoff at the end, to') as HTMLSelectElement;
    expect(to.value).toBe(`role:${designer.id}`);
    expect((within(dialog).getByLabelText('SLA, working days') as HTMLInputElement).value).toBe('2');
    fireEvent.change(to, { target: { value: `role:${writer.id}` } });
    fireEvent.change(within(dialog).getByLabelText('SLA, working days'), { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save phase' }));
    await waitFor(async () => expect((await ws.call('phases:list', { campaignId: c.id }))[0]).toMatchObject({ handoffRoleId: writer.id, handoffTalentId: null, handoffSlaDays: 4 }));
  });
});
