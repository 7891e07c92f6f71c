import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Campaign } from '@shared/domain';
import { CampaignDialog } from '../../renderer/features/campaigns/CampaignDialog';
import { Welcome } from '../../renderer/features/shell/Welcome';
import { runMenuCommand } from '../../renderer/features/shell/useAppCommands';
import { useStore } from '../../renderer/store';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
beforeEach(() => {
  api = installFakeApi();
  useStore.setState({ toasts: [], onboarding: 'idle', view: 'people', history: { undo: 'Add Ada', redo: null, undoStep: 1, redoStep: null }, historyBusy: false });
});
afterEach(() => cleanup());

describe('Welcome', () => {
  it('offers the demo studio and an empty start', async () => {
    render(<Welcome />);
    fireEvent.click(screen.getByText('Start empty'));
    await waitFor(() => expect(api.channels()).toContain('workspace:startEmpty'));
  });
});

describe('CampaignDialog', () => {
  it('shows an API validation message beside the field it concerns', async () => {
    api.fail('campaigns:create', { code: 'invalid_input', message: 'Owner: At most 200 characters', field: 'owner' });
    render(<CampaignDialog campaign={null} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Spring' } });
    await act(async () => {
      fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    });
    await waitFor(() => expect(api.channels()).toContain('campaigns:create'));
    const owner = screen.getByLabelText('Owner');
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(owner.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('At most 200 characters');
  });
  it('shows every field the API refused at once, each beside its field', async () => {
    api.fail('campaigns:create', {
      code: 'invalid_input', message: 'Owner: At most 200 characters', field: 'owner', moreFields: [{ field: 'client', message: 'Client: At most 200 characters' }],
    });
    render(<CampaignDialog campaign={null} onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Spring' } });
    await act(async () => {
      fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    });
    for (const label of ['Owner', 'Client']) {
      const input = screen.getByLabelText(label);
      await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
      expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('At most 200 characters');
    }
  });
  it('labels its currency list, and keeps an imported currency that is not on it', async () => {
    const campaign: Campaign = {
      id: 4, externalId: null, name: 'Spring', client: '', owner: '', status: 'confirmed', probability: 100, priority: 3,
      start: '2030-01-01', end: '2030-02-01', budget: 100, currency: 'ZAR', colour: '#3b5bdb', notes: '',
    };
    render(<CampaignDialog campaign={campaign} onClose={() => {}} />);
    const currency = screen.getByLabelText('Currency') as HTMLSelectElement;
    expect(currency.tagName).toBe('SELECT');
    expect(currency.value).toBe('ZAR');
    expect([...currency.options].map((o) => o.value).slice(0, 3)).toEqual(['ZAR', 'GBP', 'EUR']);
  });
  it('checks a missing name before calling the API', async () => {
    render(<CampaignDialog campaign={null} onClose={() => {}} />);
    await act(async () => {
      fireEvent.click(screen.getByText('Add campaign'));
    });
    expect(screen.getByText('Enter a name')).toBeTruthy();
    expect(api.channels()).not.toContain('campaigns:create');
  });
  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<CampaignDialog campaign={null} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
  it('asks before Escape discards typed changes: Keep editing keeps them, Discard closes', () => {
    const onClose = vi.fn();
    render(<CampaignDialog campaign={null} onClose={onClose} />);
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'Spring Launch' } });
    name.focus();
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    const ask = screen.getByRole('alertdialog', { name: 'Discard your changes to New campaign?' });
    expect(document.activeElement?.textContent).toBe('Keep editing');
    // Escape again answers the question the safe way.
    fireEvent.keyDown(ask, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(name.value).toBe('Spring Launch');
    expect(document.activeElement).toBe(name);

    fireEvent.keyDown(name, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.mouseDown(document.querySelector('.dialog-backdrop') as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
  it('typing and then deleting it again is not a change: Escape closes at once', () => {
    const onClose = vi.fn();
    render(<CampaignDialog campaign={null} onClose={onClose} />);
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Spr' } });
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onClose).toHaveBeenCalled();
  });
});

describe('menu commands', () => {
  it('switches views and opens About', () => {
    runMenuCommand('view:campaigns');
    expect(useStore.getState().view).toBe('campaigns');
    runMenuCommand('about');
    expect(useStore.getState().aboutOpen).toBe(true);
    useStore.setState({ aboutOpen: false });
  });
  it('undoes through the API when focus is not in a text field', async () => {
    api.answer('history:undo', { done: 'Add Ada', undo: null, redo: 'Add Ada' });
    runMenuCommand('undo');
    await waitFor(() => expect(api.channels()).toContain('history:undo'));
  });
  it('leaves undo to a focused text field', () => {
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    document.execCommand = vi.fn() as unknown as typeof document.execCommand;
    runMenuCommand('undo');
    expect(api.channels()).not.toContain('history:undo');
    input.remove();
  });
});
