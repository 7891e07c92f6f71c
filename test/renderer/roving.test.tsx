import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ROVING, ROVING_GRID } from '../../renderer/lib/roving';

// A button group as one tab stop (roving tabindex): which button Tab enters on, and where the
// arrow keys, Home and End take the focus.

function Zoom({ extra = false }: { extra?: boolean }) {
  const [zoom, setZoom] = useState('Weeks');
  const labels = ['Days', 'Weeks', 'Months', ...(extra ? ['Years'] : [])];
  return (
    <div role="group" aria-label="Zoom" {...ROVING}>
      {labels.map((l) => (
        <button key={l} type="button" aria-pressed={zoom === l} onClick={() => setZoom(l)} disabled={l === 'Months' && extra}>
          {l}
        </button>
      ))}
    </div>
  );
}

const stops = () => screen.getAllByRole('button').map((b) => `${b.textContent}:${b.tabIndex}`);
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

describe('ROVING', () => {
  afterEach(cleanup);

  it('makes the pressed button the one tab stop, and the arrows, Home and End move the focus round the group', () => {
    render(<Zoom />);
    expect(stops()).toEqual(['Days:-1', 'Weeks:0', 'Months:-1']);
    act(() => screen.getByText('Weeks').focus());
    press('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Months');
    press('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Days');
    press('End');
    expect(document.activeElement?.textContent).toBe('Months');
    press('Home');
    expect(document.activeElement?.textContent).toBe('Days');
    // The one focused last is where Tab comes back to; nothing was pressed by moving.
    expect(stops()).toEqual(['Days:0', 'Weeks:-1', 'Months:-1']);
    expect(screen.getByText('Weeks').getAttribute('aria-pressed')).toBe('true');
  });

  it('skips a disabled button and keeps one stop when a button is added', async () => {
    const { rerender } = render(<Zoom />);
    rerender(<Zoom extra />);
    await act(() => new Promise((done) => setTimeout(done, 0))); // the observer's turn
    expect(stops()).toEqual(['Days:-1', 'Weeks:0', 'Months:-1', 'Years:-1']);
    act(() => screen.getByText('Weeks').focus());
    press('ArrowRight');
    expect(document.activeElement?.textContent).toBe('Years');
  });

  it('in a table of buttons, up and down keep the column', () => {
    render(
      <div role="table" {...ROVING_GRID}>
        {['Design', 'Copy'].map((role) => (
          <div role="row" key={role}>
            <span role="rowheader">{role}</span>
            {[1, 2, 3].map((w) => (
              <button type="button" key={w}>{`${role} ${w}`}</button>
            ))}
          </div>
        ))}
      </div>,
    );
    expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0).map((b) => b.textContent)).toEqual(['Design 1']);
    act(() => screen.getByText('Design 1').focus());
    press('ArrowRight');
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Copy 2');
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Copy 2');
    press('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Design 2');
  });
});
