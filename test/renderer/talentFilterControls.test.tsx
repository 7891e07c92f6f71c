import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TalentFilterControls } from '../../renderer/components/TalentFilterControls';
import { NO_TALENT_FILTER as EMPTY, type TalentFilterFields } from '../../renderer/lib/talentFilter';

const roles = [{ id: 3, name: 'Designer', utilisationTarget: null }];
const skills = [{ id: 7, name: 'Motion' }];

/** The controls over a filter held in state, as a view holds it; `changes` sees every patch. */
function Harness({ changes, split = false }: { changes: (patch: Partial<TalentFilterFields>) => void; split?: boolean }) {
  const [filter, setFilter] = useState(EMPTY);
  const onChange = (patch: Partial<TalentFilterFields>) => {
    changes(patch);
    setFilter((f) => ({ ...f, ...patch }));
  };
  const parts = split ? (['searchRole', 'rest'] as const) : (['all'] as const);
  return (
    <>
      {parts.map((part) => (
        <div key={part} data-testid={part}>
          <TalentFilterControls part={part} filter={filter} roles={roles as never} skills={skills as never} onChange={onChange} />
        </div>
      ))}
      <button type="button" onClick={() => setFilter(EMPTY)}>
        Reset
      </button>
    </>
  );
}

/** Lets `ms` of fake time pass, with React's updates from the timers applied. */
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TalentFilterControls', () => {
  it('applies typed text once, 250 ms after the last key', () => {
    vi.useFakeTimers();
    const changes = vi.fn();
    render(<Harness changes={changes} />);
    const search = screen.getByLabelText('Search people');
    fireEvent.change(search, { target: { value: 'ad' } });
    wait(100);
    fireEvent.change(search, { target: { value: 'ada' } });
    wait(249);
    expect(changes).not.toHaveBeenCalled();
    wait(1);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalledWith({ text: 'ada', tag: '' });
  });

  it('empties its boxes when the filter is reset from outside, without applying the old text again', () => {
    vi.useFakeTimers();
    const changes = vi.fn();
    render(<Harness changes={changes} />);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'retail' } });
    wait(300);
    expect(changes).toHaveBeenLastCalledWith({ text: '', tag: 'retail' });
    fireEvent.click(screen.getByText('Reset'));
    wait(300);
    expect((screen.getByLabelText('Tag') as HTMLInputElement).value).toBe('');
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('toggles kinds, and shows the level only once a skill is chosen', () => {
    const changes = vi.fn();
    render(<Harness changes={changes} />);
    fireEvent.click(screen.getByRole('button', { name: 'Freelancers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Agencies' }));
    fireEvent.click(screen.getByRole('button', { name: 'Freelancers' }));
    expect(changes.mock.calls.map(([p]) => p)).toEqual([{ kinds: ['freelancer'] }, { kinds: ['freelancer', 'agency'] }, { kinds: ['agency'] }]);
    expect(screen.getByRole('button', { name: 'Agencies' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByLabelText('Minimum skill level')).toBeNull();
    fireEvent.change(screen.getByLabelText('Skill'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Minimum skill level'), { target: { value: '3' } });
    expect(changes).toHaveBeenLastCalledWith({ minLevel: 3 });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: '3' } });
    expect(changes).toHaveBeenLastCalledWith({ roleId: 3 });
  });

  it('splits into the search and role, and the rest (folded under "More" on the Schedule), over one filter', () => {
    vi.useFakeTimers();
    const changes = vi.fn();
    render(<Harness changes={changes} split />);
    const [main, rest] = [screen.getByTestId('searchRole'), screen.getByTestId('rest')];
    expect(main.querySelector('[aria-label="Search people"]')).not.toBeNull();
    expect(main.querySelector('[aria-label="Role"]')).not.toBeNull();
    expect(main.querySelector('[aria-label="Tag"], [aria-label="Skill"], [aria-label="Kind"]')).toBeNull();
    expect(rest.querySelector('[aria-label="Search people"], [aria-label="Role"]')).toBeNull();
    expect(rest.querySelectorAll('[aria-label="Tag"], [aria-label="Skill"], [aria-label="Kind"]')).toHaveLength(3);
    // Text typed in one part and a tag in the other, within the same 250 ms: both stay.
    fireEvent.change(screen.getByLabelText('Search people'), { target: { value: 'ada' } });
    wait(100);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'remote' } });
    wait(400);
    expect(changes.mock.calls.map(([p]) => p)).toEqual([{ text: 'ada' }, { tag: 'remote' }]);
    expect((screen.getByLabelText('Search people') as HTMLInputElement).value).toBe('ada');
  });
});
