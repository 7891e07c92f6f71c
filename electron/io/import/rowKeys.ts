// The stable keys of an import's rows, held as 16 bytes each in one slab rather than a string per
// row (200,000 strings and the count of each were over 30 MB at the import's peak). A key is the
// first 32 hex digits of the SHA-256 of the row's identifying text; the second and later rows with
// the same text get the hash of that key and their count, so each row keeps its own key.

import { hash } from 'node:crypto';

const BYTES = 16;

export class RowKeys {
  length = 0;
  private bytes: Buffer;
  /** Open addressing, by the key's first four bytes: 1 + the row whose key is its text's own hash (0: empty). */
  private slots: Int32Array | null;
  private firsts = 0;
  /** Rows after the first with the same text, by that first row. */
  private repeats: Map<number, number> | null = new Map();
  /** The digest being placed (hex text written into it: no buffer per row). */
  private readonly digest = Buffer.alloc(BYTES);

  /** Room for `rows` keys (more grow the slab). */
  constructor(rows = 1024) {
    this.bytes = Buffer.alloc(BYTES * Math.max(rows, 16));
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(rows, 16) * 2)));
  }

  /** Adds the key of a row whose identifying text is `text`; gives its index. */
  add(text: string): number {
    const digest = this.digestOf(text);
    const first = this.firstWith(digest);
    const i = this.length++;
    if (BYTES * this.length > this.bytes.length) this.grow();
    if (first < 0) {
      digest.copy(this.bytes, BYTES * i);
      this.remember(i);
      return i;
    }
    const n = (this.repeats!.get(first) ?? 0) + 1;
    this.repeats!.set(first, n);
    this.digestOf(`${this.hex(first)}\u001f${n}`).copy(this.bytes, BYTES * i);
    return i;
  }

  private digestOf(text: string): Buffer {
    this.digest.write(hash('sha256', text, 'hex'), 0, BYTES, 'hex');
    return this.digest;
  }

  /** Row `i`'s key as stored in the workspace: 32 hex digits. */
  hex(i: number): string {
    return this.bytes.toString('hex', BYTES * i, BYTES * (i + 1));
  }

  /** Every row has its key: what found repeats is let go, and every key is indexed for `find`. */
  seal(): void {
    this.repeats = null;
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(this.length, 8) * 2)));
    for (let i = 0; i < this.length; i++) this.place(i);
  }

  /** The row with this stored key (32 hex digits), or −1; after `seal`. */
  find(hex: string): number {
    if (hex.length !== 2 * BYTES || this.digest.write(hex, 0, BYTES, 'hex') !== BYTES) return -1;
    return this.firstWith(this.digest);
  }

  /** The row whose key is this digest's first 16 bytes, or −1. */
  private firstWith(digest: Buffer): number {
    const slots = this.slots!;
    const mask = slots.length - 1;
    for (let s = digest.readUInt32LE(0) & mask; slots[s] !== 0; s = (s + 1) & mask) {
      const row = slots[s] - 1;
      if (this.bytes.compare(digest, 0, BYTES, BYTES * row, BYTES * (row + 1)) === 0) return row;
    }
    return -1;
  }

  private remember(row: number): void {
    if (2 * ++this.firsts > this.slots!.length) {
      const old = this.slots!;
      this.slots = new Int32Array(old.length * 2);
      for (const entry of old) if (entry !== 0) this.place(entry - 1);
    }
    this.place(row);
  }

  private place(row: number): void {
    const slots = this.slots!;
    const mask = slots.length - 1;
    let s = this.bytes.readUInt32LE(BYTES * row) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = row + 1;
  }

  private grow(): void {
    const bigger = Buffer.alloc(this.bytes.length * 2);
    this.bytes.copy(bigger);
    this.bytes = bigger;
  }
}
