import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeliveryCard } from '../../../renderer/features/campaigns/DeliveryCard';
import { useStore } from '../../../renderer/store';
import type { TestWorkspace } from '../../electron/helpers/workspace';
import { answerWithHandlers } from '../handlerApi';
import { deliveryStudio, underWayCampaign } from '../../electron/delivery/studio';
import { formatDate } from '../../../renderer/lib/format';

// The campaign page's "When can we deliver?" card, answered by the real handler table on the messy
// delivery studio: the finish, the binding constraint and the ways out as the handler gives them.

let ws: TestWorkspace;
answerWithHandlers((opened) => (ws = opened));

describe('the campaign page’s delivery card', () => {
  it('shows the earliest delivery, how late it is, why, and the ways out; the tentative toggle asks again', async () => {
    const s = await deliveryStudio(ws);
    await ws.call('demandLines:create', { campaignId: s.summer.id, roleId: s.motion.id, skills: [{ skillId: s.ae.id, minLevel: 3 }], hours: 120, start: '2027-04-01', end: '2027-04-12', note: 'Animation' });
    await ws.call('campaigns:update', { id: s.summer.id, start: '2027-04-01', end: '2027-04-09' });
    const expected = await ws.call('delivery:answer', { campaignId: s.summer.id, earliestStart: '2027-04-01', requestedDate: '2027-04-09' });
    render(<DeliveryCard campaign={await ws.call('campaigns:get', { id: s.summer.id })} />);
    await waitFor(() => expect(screen.getByText(expected.binding.sentence)).toBeTruthy());
    expect(expected.onTime).toBe(false);
    expect(screen.getByText(/working days? late/).textContent).toBe(`${expected.workingDaysLate} working days late (${expected.calendarDaysLate} calendar days after the requested date).`);
    for (const w of expected.waysOut) expect(screen.getByText(w.sentence)).toBeTruthy();
    expect(screen.getByLabelText('Earliest start')).toHaveProperty('value', '2027-04-01');
    const free = await ws.call('delivery:answer', { campaignId: s.summer.id, earliestStart: '2027-04-01', requestedDate: '2027-04-09', tentativeIsTaken: false });
    fireEvent.click(screen.getByLabelText('Tentative bookings count as taken'));
    await waitFor(() => expect(screen.getByText(free.binding.sentence)).toBeTruthy());
  });

  it('lists the two parts of a phase split under its sentence, with their hours, working days and people', async () => {
    const s = await deliveryStudio(ws);
    // The studio's four phases as a template, so Production waits for Black Friday on the campaign's own plan.
    const index = (id: string) => s.phases.findIndex((p) => p.id === id);
    const template = await ws.call('templates:create', {
      name: 'Launch film',
      phases: s.phases.map((p) => ({ name: p.name, durationDays: p.durationDays, dependsOn: p.dependsOn.map(index), roles: p.roles.map((r) => ({ roleId: r.roleId!, hours: r.hours, maxPeople: r.maxPeople ?? undefined, skills: r.skills })) })),
    });
    const { campaign } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-24', campaign: { name: 'Launch film' } });
    render(<DeliveryCard campaign={await ws.call('campaigns:get', { id: campaign.id })} />);
    const expected = await ws.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-03-24', requestedDate: campaign.end });
    await waitFor(() => expect(screen.getByText(expected.binding.sentence)).toBeTruthy());
    const split = expected.waysOut.find((w) => w.kind === 'split')!.split!;
    const parts = within(screen.getByRole('list', { name: `${split.phase} in two parts` })).getAllByRole('listitem');
    expect(parts.map((li) => li.textContent!.split(':')[0])).toEqual([`${split.phase}, part 1`, `${split.phase}, part 2`]);
    split.parts.forEach((p, k) => {
      expect(parts[k].textContent).toContain(`${p.hours} h in ${p.workingDays} working day${p.workingDays === 1 ? '' : 's'}`);
      for (const who of p.people) expect(parts[k].textContent).toContain(who.name);
    });
  });

  it('says in words when the campaign has nothing to plan', async () => {
    const s = await deliveryStudio(ws);
    render(<DeliveryCard campaign={await ws.call('campaigns:get', { id: s.summer.id })} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Summer Launch has no demand lines with a role to plan. Add phases or demand lines first.'));
  });

  it('names a template campaign’s phases, says what demand it leaves out, and asks against the brief’s requested launch', async () => {
    const s = await deliveryStudio(ws);
    const template = await ws.call('templates:create', {
      name: 'Teaser',
      phases: [
        { name: 'Storyboard', durationDays: 2, roles: [{ roleId: s.copy.id, hours: 8 }] },
        { name: 'Animate', durationDays: 4, dependsOn: [0], roles: [{ roleId: s.motion.id, hours: 40, maxPeople: 2 }] },
      ],
    });
    const { campaign } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-24', campaign: { name: 'Teaser film' } });
    await ws.call('demandLines:create', { campaignId: campaign.id, roleId: null, skills: [{ skillId: s.ae.id, minLevel: 2 }], hours: 12, start: '2027-03-24', end: campaign.end });
    const brief = await ws.call('briefs:save', { campaignId: campaign.id, requestedDate: '2027-03-29' });
    useStore.setState({ brief, briefFor: campaign.id });
    render(<DeliveryCard campaign={await ws.call('campaigns:get', { id: campaign.id })} />);
    await waitFor(() => expect(screen.getByText('12 h of demand has no role yet and is left out: give those lines a role to plan them.')).toBeTruthy());
    expect(screen.getByLabelText('Requested date')).toHaveProperty('value', '2027-03-29');
    expect([...document.querySelectorAll('table.delivery-phases tbody td:first-child')].map((td) => td.textContent)).toEqual(['Storyboard', 'Animate']);
    const expected = await ws.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-03-24', requestedDate: '2027-03-29' });
    expect(screen.getByText(expected.binding.sentence)).toBeTruthy();
    useStore.setState({ brief: null, briefFor: null });
  });

  it('for a campaign under way, says how much is booked and when the open hours can be done; phases show as booked or under way', async () => {
    const s = await underWayCampaign(ws, 60);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-27T10:00:00'));
    try {
      render(<DeliveryCard campaign={await ws.call('campaigns:get', { id: s.campaign.id })} />);
      await waitFor(() => expect(screen.getByText('59.5 h of 103 h already booked; the open 43.5 h can be done by 30 April 2027.')).toBeTruthy());
      expect(screen.getByLabelText('Earliest start')).toHaveProperty('value', '2027-04-27');
      const rows = [...document.querySelectorAll('table.delivery-phases tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
      expect(rows).toEqual([
        ['Brief', `${formatDate('2027-04-14')} – ${formatDate('2027-04-15')} (booked)`, 'Pat Kim'],
        ['Script', `${formatDate('2027-04-19')} – ${formatDate('2027-04-21')} (booked)`, 'Ava Stone'],
        ['Animation', `${formatDate('2027-04-22')} – ${formatDate('2027-04-29')} (under way; open hours ${formatDate('2027-04-27')} – ${formatDate('2027-04-29')})`, expect.stringMatching(/Mia Chen/)],
        ['Voice-over', `${formatDate('2027-04-22')} – ${formatDate('2027-04-23')} (booked)`, 'Pat Kim'],
        ['Review', `${formatDate('2027-04-30')} – ${formatDate('2027-04-30')}`, 'Pat Kim, Ava Stone'],
      ]);
      expect(screen.getByText('On time for the requested date.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
