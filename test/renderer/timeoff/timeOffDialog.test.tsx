import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Talent } from '@shared/domain';
import { TimeOffDialog } from '../../../renderer/features/timeoff/TimeOffDialog';
import { draftOfTimeOff, newTimeOffDraft, timeOffFieldsOf } from '../../../renderer/features/timeoff/timeOffDraft';
import { useStore } from '../../../renderer/store';
import { installFakeApi, type FakeApi } from '../fakeApi';

const ada = { id: 7, name: 'Ada Lovelace' } as Talent;
const grace = { id: 9, name: 'Grace Hopper' } as Talent;
let api: FakeApi;

beforeEach(() => {
  api = installFakeApi();
  api.answer('talent:list', [ada, grace]);
  api.answer('history:state', { undo: 'Add time off for Ada Lovelace', redo: null, undoStep: 41, redoStep: null });
  useStore.setState({ toasts: [], allPeople: [ada, grace], personById: new Map([[7, ada], [9, grace]]), allPeopleLoaded: true });
});
afterEach(cleanup);

describe('the time-off draft', () => {
  it('reads whole days, or hours written with a decimal comma, and refuses what cannot be saved', () => {
    expect(timeOffFieldsOf(newTimeOffDraft('2030-01-21', '2030-01-23', 'sick'))).toEqual({ fields: { start: '2030-01-21', end: '2030-01-23', hoursPerDay: null, type: 'sick', note: '' } });
    expect(timeOffFieldsOf({ ...newTimeOffDraft('2030-01-21'), whole: false, hoursPerDay: '3,5' })).toMatchObject({ fields: { hoursPerDay: 3.5 } });
    expect(timeOffFieldsOf({ ...newTimeOffDraft('2030-01-21'), whole: false, hoursPerDay: '' })).toEqual({ errors: { hoursPerDay: 'Enter the hours off each day' } });
    expect(timeOffFieldsOf({ ...newTimeOffDraft('2030-01-21'), end: '2030-01-20' })).toEqual({ errors: { end: 'Must be on or after the first day' } });
    // A drag that ends left of where it began still makes an ordered draft.
    expect(newTimeOffDraft('2030-01-21', '2030-01-19')).toMatchObject({ start: '2030-01-21', end: '2030-01-21' });
  });
  it('round-trips a saved period', () => {
    const saved = { start: '2030-02-04', end: '2030-02-05', hoursPerDay: 4, type: 'other' as const, note: 'Jury service' };
    expect(timeOffFieldsOf(draftOfTimeOff(saved))).toEqual({ fields: saved });
  });
});

describe('the time-off dialog', () => {
  it('asks for a person before writing anything, then adds the time off as one write with a toast to undo it', async () => {
    let closed = 0;
    api.answer('timeOff:create', (input: unknown) => ({ id: 3, ...(input as object) }));
    render(<TimeOffDialog initial={{ id: null, talentId: null, draft: newTimeOffDraft('2030-01-28', '2030-01-30') }} onClose={() => closed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add time off' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose a person'));
    expect(api.channels()).not.toContain('timeOff:create');

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'sick' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add time off' })));
    await waitFor(() => expect(closed).toBe(1));
    expect(api.inputsOf('timeOff:create')).toEqual([{ talentId: 9, start: '2030-01-28', end: '2030-01-30', hoursPerDay: null, type: 'sick', note: '' }]);
    const toast = useStore.getState().toasts.at(-1);
    expect(toast).toMatchObject({ kind: 'success', step: { direction: 'undo', id: 41 } });
    expect(toast?.message).toMatch(/^Time off added for Grace Hopper: Sick leave, /);
  });

  it('shows a refusal from the main process beside its field and stays open', async () => {
    api.fail('timeOff:update', { code: 'invalid_input', message: 'End: Must be on or after the start', field: 'end' });
    let closed = 0;
    render(<TimeOffDialog initial={{ id: 5, talentId: 7, draft: newTimeOffDraft('2030-01-28') }} onClose={() => closed++} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Must be on or after the start'));
    expect(closed).toBe(0);
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });
});
