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
