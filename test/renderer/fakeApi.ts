// A fake window.api for renderer unit tests: there is no main process here. It records every call
// and answers from a per-channel table (a value, a function of the input, or an ApiError).
import type { AppEvent, ChannelName, PreloadApi } from '@shared/contract';
import type { ApiError } from '@shared/errors';

type Answer = unknown | ((input: unknown) => unknown);

export interface FakeApi {
  calls: { channel: ChannelName; input: unknown }[];
  answer(channel: ChannelName, value: Answer): void;
  fail(channel: ChannelName, error: ApiError): void;
  emit(event: AppEvent): void;
  channels(): ChannelName[];
  inputsOf(channel: ChannelName): unknown[];
}

const DEFAULTS: Partial<Record<ChannelName, unknown>> = {
  'app:info': { name: 'Capacity Planner', version: '0.1.0', workspacePath: '/tmp/w.db', schemaVersion: 1, counts: { talent: 0, campaigns: 0, demandLines: 0, bookings: 0 }, firstRun: false },
  'history:state': { undo: null, redo: null, undoStep: null, redoStep: null },
  'roles:list': [],
  'skills:list': [],
  'campaigns:clients': [],
  'holidays:regions': [],
  'talent:list': [],
  'campaigns:list': [],
  'demandLines:list': [],
  'bookings:list': [],
};

/** `unrecorded`: channels whose calls are answered but not listed in `calls`. */
export function installFakeApi({ unrecorded = [] }: { unrecorded?: ChannelName[] } = {}): FakeApi {
  const table = new Map<ChannelName, { ok: true; value: Answer } | { ok: false; error: ApiError }>();
  const listeners = new Set<(e: AppEvent) => void>();
  const calls: FakeApi['calls'] = [];
  const api: PreloadApi = {
    async invoke(channel, input) {
      if (!unrecorded.includes(channel)) calls.push({ channel, input });
      const entry = table.get(channel);
      if (entry && !entry.ok) return { ok: false, error: entry.error };
      const value = entry ? entry.value : DEFAULTS[channel];
      return { ok: true, value: typeof value === 'function' ? (value as (i: unknown) => unknown)(input) : value };
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  (window as unknown as { api: PreloadApi }).api = api;
  return {
    calls,
    answer: (channel, value) => table.set(channel, { ok: true, value }),
    fail: (channel, error) => table.set(channel, { ok: false, error }),
    emit: (event) => listeners.forEach((l) => l(event)),
    channels: () => calls.map((c) => c.channel),
    inputsOf: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
  };
}
