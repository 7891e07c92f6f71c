import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newPeriodStart, PatternsPanel, type PatternItem } from '../../../renderer/features/people/PatternsPanel';

// Working-pattern periods as a planner edits them, here for a person being added: a second period
// on the day the first starts is caught in the period's own editor, before anything is saved.

afterEach(cleanup);

function renderPanel(patterns: PatternItem[]) {
  const saved: { key: number | null; from: string; hours: number[] }[] = [];
  render(<PatternsPanel patterns={patterns} intro="The hours this person works." onDelete={async () => undefined} onSave={async (key, from, hours) => void saved.push({ key, from, hours: [...hours] })} />);
  return saved;
}

describe('PatternsPanel', () => {
  it('refuses a new period on a day another already starts, saying so in the editor', async () => {
    const saved = renderPanel([{ key: 1, effectiveFrom: '2026-12-04', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }]);
    fireEvent.click(screen.getByRole('button', { name: 'Add a period' }));
    fireEvent.change(screen.getByLabelText('Effective from'), { target: { value: '2026-12-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add period' }));
    expect(await screen.findByText(/^A period already starts on .*2026: change that one, or choose another date$/)).toBeTruthy();
    expect(saved).toEqual([]);
    // Another date is fine.
    fireEvent.change(screen.getByLabelText('Effective from'), { target: { value: '2027-01-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add period' }));
    await screen.findByRole('button', { name: 'Add a period' });
    expect(saved).toMatchObject([{ key: null, from: '2027-01-04' }]);
  });
  it('a new period starts today, or the Monday after a period that starts today or later', () => {
    expect(newPeriodStart(null, '2026-12-04')).toBe('2026-12-04');
    expect(newPeriodStart('2026-01-05', '2026-12-04')).toBe('2026-12-04');
    // A person being added has a period from today (Friday 4 December): the next starts Monday 7.
    expect(newPeriodStart('2026-12-04', '2026-12-04')).toBe('2026-12-07');
    expect(newPeriodStart('2027-01-06', '2026-12-04')).toBe('2027-01-11');
  });
});
