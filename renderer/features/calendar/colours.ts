// Colours for bookings derived from a campaign colour '#rrggbb'.

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  const n = m ? parseInt(m[1], 16) : 0x64748b;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** The colour mixed towards white: amount 0 keeps it, 1 is white. */
export function tint(hex: string, amount: number): string {
  return toHex(rgb(hex).map((v) => v + (255 - v) * amount));
}

/** The colour mixed towards black, for readable text on a light tint. */
export function shade(hex: string, amount: number): string {
  return toHex(rgb(hex).map((v) => v * (1 - amount)));
}

/** Dark or white text, whichever reads better on `hex` (WCAG relative luminance). */
export function textOn(hex: string): string {
  const [r, g, b] = rgb(hex).map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.4 ? '#1f2937' : '#ffffff';
}
