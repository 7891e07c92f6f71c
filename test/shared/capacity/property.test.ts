// The fast engine against the slow reference, and incremental updates against a full rebuild,
// on thousands of random small workspaces. About 10 s of CPU in all; the timeouts are generous
// because the shared machines are often busy.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCapacityState,
  removeBooking,
  removeTimeOff,
  upsertBooking,
  upsertTimeOff,
} from '@shared/capacity/index';
import {
  applyChangesToInput,
  differencesFromReference,
  stateDifferences,
  workspaceArb,
  workspaceWithChangesArb,
} from './arbitraries';

describe('engine = reference', () => {
  it('on random workspaces, to the hour (|Δ| < 1e-6)', () => {
    fc.assert(
      fc.property(workspaceArb, (input) => {
        expect(differencesFromReference(input)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);
});

describe('incremental updates = full recompute', () => {
  it('after random booking and time-off changes', () => {
    fc.assert(
      fc.property(workspaceWithChangesArb, ({ input, changes }) => {
        const state = buildCapacityState(input);
        for (const c of changes) {
          if (c.kind === 'upsertBooking') upsertBooking(state, c.booking);
          else if (c.kind === 'removeBooking') removeBooking(state, c.id);
          else if (c.kind === 'upsertTimeOff') upsertTimeOff(state, c.entry);
          else removeTimeOff(state, c.id);
        }
        const final = applyChangesToInput(input, changes);
        expect(stateDifferences(state, buildCapacityState(final))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('and the updated state still equals the reference', () => {
    fc.assert(
      fc.property(workspaceWithChangesArb, ({ input, changes }) => {
        const state = buildCapacityState(input);
        for (const c of changes) {
          if (c.kind === 'upsertBooking') upsertBooking(state, c.booking);
          else if (c.kind === 'removeBooking') removeBooking(state, c.id);
          else if (c.kind === 'upsertTimeOff') upsertTimeOff(state, c.entry);
          else removeTimeOff(state, c.id);
        }
        expect(differencesFromReference(applyChangesToInput(input, changes), state)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
