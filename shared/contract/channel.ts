import type { z } from 'zod';

/** One channel: its input schema, and (as a type only) its result. */
export interface Channel<I extends z.ZodType, R> {
  input: I;
  /** Phantom: never set, carries the result type. */
  readonly result?: R;
}

/** `channel<Result>()(inputSchema)`: the result type is given, the input type is inferred. */
export const channel =
  <R>() =>
  <I extends z.ZodType>(input: I): Channel<I, R> => ({ input });
