import { describe, expect, it } from 'vitest';
import { CAMPAIGN_COLOURS } from '../../electron/demo/catalogue';
import { AVATAR_COLOURS } from '../../renderer/components/Avatar';
import { PALETTE } from '../../renderer/features/campaigns/campaignDraft';
import { FALLBACK_COLOUR } from '../../renderer/features/schedule/colours';
import { contrastRatio, MIN_CONTRAST, textOn } from '@shared/contrast';

describe('text on a colour', () => {
  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Figures from the WCAG/axe-core measure of the app's old colours.
    expect(contrastRatio('#ffffff', '#f08c00')).toBeCloseTo(2.48, 2);
    expect(contrastRatio('#7a8496', '#ffffff')).toBeCloseTo(3.77, 2);
  });

  it('picks white on dark colours, the dark text on light ones, black on mid-tones where neither reaches AA', () => {
    expect(textOn('#3b5bdb')).toBe('#ffffff');
    expect(textOn('#ffd43b')).toBe('#1c2330');
    expect(textOn('#20c997')).toBe('#1c2330');
    expect(contrastRatio('#ffffff', '#1c7ed6')).toBeLessThan(MIN_CONTRAST);
    expect(contrastRatio('#1c2330', '#1c7ed6')).toBeLessThan(MIN_CONTRAST);
    expect(textOn('#1c7ed6')).toBe('#000000');
  });

  it('reaches AA on every avatar colour, campaign palette colour and demo campaign colour', () => {
    const colours = [...AVATAR_COLOURS, ...PALETTE, ...CAMPAIGN_COLOURS, FALLBACK_COLOUR, '#64748b'];
    const poor = colours.filter((c) => contrastRatio(textOn(c), c) < MIN_CONTRAST);
    expect(poor).toEqual([]);
  });

  it('reads odd input as mid grey instead of failing', () => {
    expect(['#000000', '#ffffff', '#1c2330']).toContain(textOn('not a colour'));
  });
});
