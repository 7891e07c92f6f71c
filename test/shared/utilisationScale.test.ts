import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_CONTRAST } from '@shared/contrast';
import { cellColours, cellLoad, freeColours, scalePosition, utilisationColours } from '@shared/utilisationScale';

describe('cellLoad and colours', () => {
  it('classifies cells', () => {
    expect(cellLoad(0, 0, 0, 80).state).toBe('off');
    expect(cellLoad(0, 4, 0, 80)).toMatchObject({ state: 'over', utilisation: Infinity });
    expect(cellLoad(40, 0, 0, 80).state).toBe('free');
    expect(cellLoad(40, 10, 0, 80).state).toBe('under');
    expect(cellLoad(40, 30, 2, 80).state).toBe('on');
    expect(cellLoad(40, 30, 20, 80)).toMatchObject({ state: 'over', tentativeShare: 0.4 });
  });
  it('puts every target at the same point of the scale, and over in a warm colour', () => {
    expect(scalePosition(0.7, 70)).toBeCloseTo(scalePosition(0.85, 85));
    expect(scalePosition(0, 80)).toBe(0);
    expect(scalePosition(1, 80)).toBeCloseTo(1);
    const over = cellColours(cellLoad(40, 50, 0, 80), 80).bg;
    const full = cellColours(cellLoad(40, 40, 0, 80), 80).bg;
    expect(over).not.toBe(full);
    const [r, , b] = over.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(b);
  });
});

describe('utilisationColours (snapshot dashboard and report)', () => {
  it('colours a summed figure exactly as the heatmap colours the same load', () => {
    for (const [u, target] of [[0, 80], [0.35, 80], [0.78, 80], [0.9, 70], [1, 85], [1.1, 80], [1.6, null]] as const) {
      expect(utilisationColours(u, target)).toEqual(cellColours(cellLoad(40, 40 * u, 0, target), target));
    }
  });
  it('shows a week with no capacity as off, and over 100 % warm whatever the target', () => {
    expect(utilisationColours(null, 80)).toEqual(cellColours(cellLoad(0, 0, 0, 80), 80));
    const [r, , b] = utilisationColours(1.25, 95).bg.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(b);
  });
});

describe('text on a cell', () => {
  it('reaches WCAG AA (4.5:1) on every colour of the scale, the warm ramp, free hours and off', () => {
    const poor: string[] = [];
    const look = (what: string, { bg, fg }: { bg: string; fg: string }) => {
      if (contrastRatio(fg, bg) < MIN_CONTRAST) poor.push(`${what}: ${fg} on ${bg}`);
    };
    for (let u = 0; u <= 1.6; u += 0.005) look(`${u.toFixed(3)} of capacity`, cellColours(cellLoad(100, u * 100, 0, 80), 80));
    for (const target of [50, 70, 95]) for (let u = 0; u <= 1.2; u += 0.01) look(`${u.toFixed(2)} at target ${target}`, utilisationColours(u, target));
    for (let f = 0; f <= 1; f += 0.01) look(`${f.toFixed(2)} free`, freeColours(f, 1));
    look('off', cellColours(cellLoad(0, 0, 0, 80), 80));
    look('no capacity (free hours)', freeColours(0, 0));
    expect(poor).toEqual([]);
  });
});
