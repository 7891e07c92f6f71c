import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RowKeys } from '../../../electron/io/import/rowKeys';

/** A row key as every earlier version wrote it to the workspace: keys already stored must still be found. */
const storedKey = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

describe('RowKeys (an import’s row keys, 16 bytes each)', () => {
  it('gives each row the key earlier versions stored, and the second and third identical rows keys of their own', () => {
    const keys = new RowKeys(4);
    const text = 'harvest\u001fzoë brontë\u001f2026-01-26\u001fspring launch 🌱\u001fAcme\u001fDesign\u001f\u001f';
    const [a, b, c, d] = [keys.add(text), keys.add('toggl\u001fother'), keys.add(text), keys.add(text)];
    const first = storedKey(text);
    expect(keys.hex(a)).toBe(first);
    expect(keys.hex(b)).toBe(storedKey('toggl\u001fother'));
    expect(keys.hex(c)).toBe(storedKey(`${first}\u001f1`));
    expect(keys.hex(d)).toBe(storedKey(`${first}\u001f2`));
  });

  it('keeps every key right past the room it was given (the slab and its index grow), and finds each row by its key', () => {
    const keys = new RowKeys(8);
    const texts = Array.from({ length: 5000 }, (_, i) => `file\u001fperson ${i % 1700}\u001f2026-03-${String((i % 28) + 1).padStart(2, '0')}`);
    const at = texts.map((t) => keys.add(t));
    const counts = new Map<string, number>();
    const expected = texts.map((t) => {
      const n = counts.get(t) ?? 0;
      counts.set(t, n + 1);
      return n === 0 ? storedKey(t) : storedKey(`${storedKey(t)}\u001f${n}`);
    });
    keys.seal();
    expect(at.map((i) => keys.hex(i))).toEqual(expected);
    expect(new Set(expected).size).toBe(5000);
    // Sealed, every key finds its row (how a re-import finds the rows it wrote before); others find none.
    expect(expected.map((hex) => keys.find(hex))).toEqual(at);
    expect([keys.find(storedKey('not in the file')), keys.find('zz'), keys.find('')]).toEqual([-1, -1, -1]);
  });
});
