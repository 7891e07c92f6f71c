import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TemplateDialog } from '../../../renderer/features/templates/TemplateDialog';
import { useStore } from '../../../renderer/store';
import type { TestWorkspace } from '../../electron/helpers/workspace';
import { answerWithHandlers } from '../handlerApi';
import { deliveryStudio } from '../../electron/delivery/studio';

// Settings → Templates over the real handler table: a skill and a minimum level set on a phase's
// role hours reach the demand line of a campaign made from the template, and "When can we
// deliver?" plans that phase with the people who have the skill at that level only.

let ws: TestWorkspace;
answerWithHandlers((opened) => (ws = opened));

describe('the template editor', () => {
  it('sets a required skill and minimum level on a role line; the campaign made from it asks for them, and only eligible people are planned', async () => {
    // Motion designers with After Effects: Mia 4, Noah 3, Lena 5, Omar 3 (a freelancer).
    const s = await deliveryStudio(ws);
    const template = await ws.call('templates:create', {
      name: 'Product video',
      phases: [
        { name: 'Script', durationDays: 3, roles: [{ roleId: s.copy.id, hours: 20, maxPeople: 1 }] },
        { name: 'Animation', durationDays: 6, dependsOn: [0], roles: [{ roleId: s.motion.id, hours: 60, maxPeople: 3 }] },
      ],
    });
    useStore.setState({ roles: await ws.call('roles:list'), skills: await ws.call('skills:list') });
    const onClose = vi.fn();
    render(<TemplateDialog template={template} onClose={onClose} />);

    const line = screen.getByRole('group', { name: 'Animation: Motion designer' });
    fireEvent.click(within(line).getByRole('button', { name: 'Add skill' }));
    expect((within(line).getByRole('combobox', { name: 'Skill 1' }) as HTMLSelectElement).selectedOptions[0].textContent).toBe('After Effects');
    const level = within(line).getByRole('combobox', { name: 'Minimum level of After Effects' }) as HTMLSelectElement;
    expect([...level.options].map((o) => o.textContent)).toEqual(['Any level', 'Level 2+', 'Level 3+', 'Level 4+', 'Level 5+']);
    fireEvent.change(level, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());

    const [saved] = await ws.call('templates:list');
    expect(saved.phases[1].roles[0].skills).toEqual([{ skillId: s.ae.id, minLevel: 4 }]);
    expect(saved.phases[0].roles[0].skills).toEqual([]);

    const { campaign } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-04-14', campaign: { name: 'Aurora video', priority: 2 } });
    const lines = await ws.call('demandLines:list', { campaignIds: [campaign.id] });
    const animation = lines.find((l) => l.roleId === s.motion.id)!;
    expect(animation.skills).toEqual([{ skillId: s.ae.id, minLevel: 4 }]);
    expect(animation.note).toBe('Animation');

    const a = await ws.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-04-14', requestedDate: '2027-05-14' });
    const planned = a.phases.find((p) => p.name === 'Animation')!.roles[0].people;
    expect(planned.reduce((sum, p) => sum + p.hours, 0)).toBeCloseTo(60, 6);
    expect(planned.length).toBeGreaterThan(0);
    // Only Mia (4) and Lena (5) have After Effects at level 4 or above.
    for (const p of planned) expect([s.mia.id, s.lena.id]).toContain(p.id);
    // At level 3, Noah or Omar would take some of the hours: the level is what keeps them out.
    await ws.call('demandLines:update', { id: animation.id, skills: [{ skillId: s.ae.id, minLevel: 3 }] });
    const looser = await ws.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-04-14', requestedDate: '2027-05-14' });
    expect(looser.phases.find((p) => p.name === 'Animation')!.roles[0].people.some((p) => p.id === s.noah.id || p.id === s.omar.id)).toBe(true);
  });

  it('shows the level of a saved requirement in words and removes it', async () => {
    const s = await deliveryStudio(ws);
    const template = await ws.call('templates:create', {
      name: 'Motion only',
      phases: [{ name: 'Animation', durationDays: 4, roles: [{ roleId: s.motion.id, hours: 30, skills: [{ skillId: s.ae.id, minLevel: 3 }] }] }],
    });
    useStore.setState({ roles: await ws.call('roles:list'), skills: await ws.call('skills:list') });
    const onClose = vi.fn();
    render(<TemplateDialog template={template} onClose={onClose} />);
    const line = screen.getByRole('group', { name: 'Animation: Motion designer' });
    const level = within(line).getByRole('combobox', { name: 'Minimum level of After Effects' }) as HTMLSelectElement;
    expect(level.selectedOptions[0].textContent).toBe('Level 3+');
    fireEvent.click(within(line).getByRole('button', { name: 'Remove After Effects' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await ws.call('templates:list'))[0].phases[0].roles[0].skills).toEqual([]);
  });
});
