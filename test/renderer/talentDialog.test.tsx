import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TalentDialog } from '../../renderer/features/people/TalentDialog';
import { useStore } from '../../renderer/store';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
beforeEach(() => {
  api = installFakeApi();
  useStore.setState({
    toasts: [],
    roles: [
      { id: 1, name: 'Art Director', utilisationTarget: 80, colour: '#64748b' },
      { id: 2, name: 'Motion Designer', utilisationTarget: 75, colour: '#7048e8' },
    ],
  });
});
afterEach(() => cleanup());

/** Fills in the Add person dialog: a name, the second role, and a week off on the Time off tab. */
async function fillNewPerson() {
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Priya Shah' } });
  fireEvent.change(screen.getByLabelText('Primary role'), { target: { value: '2' } });
  fireEvent.click(screen.getByRole('tab', { name: 'Time off' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add time off' }));
  fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2030-02-04' } });
  fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2030-02-08' } });
  fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Half term' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add time off' }));
  await waitFor(() => expect(screen.getByText(/Half term/)).toBeTruthy());
}

describe('TalentDialog, adding a person', () => {
  it('starts with no primary role and sends the time off entered before saving with the person', async () => {
    const onClose = vi.fn();
    render(<TalentDialog talent={null} onClose={onClose} />);
    expect((screen.getByLabelText('Primary role') as HTMLSelectElement).selectedOptions[0].textContent).toBe('Choose a role…');
    await fillNewPerson();
    api.answer('talent:create', (input: unknown) => ({ ...(input as object), id: 7 }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.inputsOf('talent:create')).toMatchObject([
      {
        name: 'Priya Shah',
        primaryRoleId: 2,
        patterns: [{ hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }],
        timeOff: [{ start: '2030-02-04', end: '2030-02-08', hoursPerDay: null, type: 'vacation', note: 'Half term' }],
      },
    ]);
  });

  it('shows a refused time-off row on the Time off tab, naming it, and stays open', async () => {
    const onClose = vi.fn();
    render(<TalentDialog talent={null} onClose={onClose} />);
    await fillNewPerson();
    fireEvent.click(screen.getByRole('tab', { name: 'Profile' }));
    api.fail('talent:create', { code: 'invalid_input', message: 'End: Must be on or after the start', field: 'timeOff.0.end' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    });
    await waitFor(() => expect(screen.getByText(/^The time off from .+: must be on or after the start$/)).toBeTruthy());
    expect(screen.getByRole('tab', { name: 'Time off' }).getAttribute('aria-selected')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
  });
});
