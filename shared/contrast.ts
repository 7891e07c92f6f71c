// Readable text on a coloured background (campaign bars, avatars, heatmap cells), by WCAG 2 contrast.

const WHITE = '#ffffff';
const DARK = '#1c2330'; // the app's text colour
const BLACK = '#000000';
/** WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

function channels(colour: string): [number, number, number] {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/i.exec(colour.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [128, 128, 128];
}

/** WCAG relative luminance of '#rrggbb' or 'rgb(r g b)' (0 black … 1 white); anything else counts as mid grey. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White text when it reaches AA on `background`, else `dark` (the app's text colour), else black:
 * on mid-tones (e.g. #1c7ed6) neither white nor the dark grey reaches 4.5:1, but black does.
 */
export function textOn(background: string, dark = DARK): string {
  if (contrastRatio(WHITE, background) >= MIN_CONTRAST) return WHITE;
  if (contrastRatio(dark, background) >= MIN_CONTRAST) return dark;
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? BLACK : WHITE;
}
