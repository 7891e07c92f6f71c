// Free rows kept between delivery answers: a change made in place drops the rows of the people it
// touched; a holder too far behind the state's changes drops them all.
import { describe, expect, it } from 'vitest';
import { touchPeople } from '@shared/capacity/revision';
import { keptPool, keptRows } from '@shared/delivery/kept';

const row = (n: number) => Float64Array.of(n, n, n);

describe('keptRows', () => {
  it('keeps rows per horizon until a change touches their person', () => {
    const state = {};
    keptRows(state, 'a').set(1, row(1)).set(2, row(2));
    keptRows(state, 'b').set(1, row(10));
    expect([...keptRows(state, 'a').keys()]).toEqual([1, 2]);
    touchPeople(state, [1, -1]);
    expect([...keptRows(state, 'a').keys()]).toEqual([2]);
    expect([...keptRows(state, 'b').keys()]).toEqual([]);
  });

  it('drops every row when more changes were made since than the state remembers', () => {
    const state = {};
    keptRows(state, 'a').set(1, row(1)).set(2, row(2));
    touchPeople(state, [1]);
    for (let i = 0; i < 64; i++) touchPeople(state, [3]);
    expect(keptRows(state, 'a').size).toBe(0);
  });

  it('keeps the eight most recent horizons', () => {
    const state = {};
    for (const key of 'abcdefghi') keptRows(state, key).set(0, row(0));
    expect(keptRows(state, 'a').size).toBe(0);
    expect(keptRows(state, 'i').size).toBe(1);
  });
});

describe('keptPool', () => {
  it('computes a pool once per state', () => {
    const state = {};
    let calls = 0;
    const compute = () => (calls++, [1, 4]);
    expect(keptPool(state, 'designer', compute)).toEqual([1, 4]);
    touchPeople(state, [1]);
    expect(keptPool(state, 'designer', compute)).toEqual([1, 4]);
    expect(keptPool({}, 'designer', compute)).toEqual([1, 4]);
    expect(calls).toBe(2);
  });
});
