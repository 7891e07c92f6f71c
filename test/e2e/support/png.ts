import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

/** Decodes the 8-bit, non-interlaced RGB/RGBA PNGs Chromium's screenshots are. */
export function decodePng(png: Buffer): Pixels {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('decodePng: only 8-bit, non-interlaced PNGs');
      channels = { 2: 3, 6: 4 }[body[9]] ?? 0;
      if (!channels) throw new Error(`decodePng: colour type ${body[9]} not handled`);
    } else if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) unfilter(raw, y, stride, channels, rows);
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += channels, j += 4) {
    data[j] = rows[i];
    data[j + 1] = rows[i + 1];
    data[j + 2] = rows[i + 2];
    data[j + 3] = channels === 4 ? rows[i + 3] : 255;
  }
  return { width, height, data };
}

function unfilter(raw: Buffer, y: number, stride: number, bpp: number, out: Uint8Array): void {
  const filter = raw[y * (stride + 1)];
  const src = y * (stride + 1) + 1;
  const at = y * stride;
  for (let x = 0; x < stride; x++) {
    const a = x >= bpp ? out[at + x - bpp] : 0;
    const b = y > 0 ? out[at - stride + x] : 0;
    const c = x >= bpp && y > 0 ? out[at - stride + x - bpp] : 0;
    const v = raw[src + x];
    let p = v;
    if (filter === 1) p = v + a;
    else if (filter === 2) p = v + b;
    else if (filter === 3) p = v + ((a + b) >> 1);
    else if (filter === 4) p = v + paeth(a, b, c);
    out[at + x] = p & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** How many pixels differ by at least `minDelta` in some channel (images of the same size). */
export function changedPixels(a: Pixels, b: Pixels, minDelta: number): number {
  if (a.width !== b.width || a.height !== b.height) return a.width * a.height;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d >= minDelta) n++;
  }
  return n;
}
