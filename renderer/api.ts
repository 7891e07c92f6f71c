import type { AppEvent, ChannelName, Input, PreloadApi, Result } from '@shared/contract';
import type { ApiError, OverAllocationRefusal } from '@shared/errors';

declare global {
  interface Window {
    api: PreloadApi;
  }
}

/** An API failure as the renderer sees it: a message for the user, and the field at fault. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly field?: string;
  readonly moreFields?: ApiError['moreFields'];
  /** A booking write refused as over-allocating: the days and why (code 'over_allocated'). */
  readonly overAllocation?: OverAllocationRefusal;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
    this.moreFields = error.moreFields;
    this.overAllocation = error.overAllocation;
  }
}

/** Calls one contract channel. Resolves with its result or rejects with an ApiCallError. */
export async function call<C extends ChannelName>(channel: C, ...args: undefined extends Input<C> ? [Input<C>?] : [Input<C>]): Promise<Result<C>> {
  const envelope = await window.api.invoke(channel, args[0]);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as Result<C>;
}

export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.api.onEvent(listener);
}

/** Words for the user, whatever was thrown. Never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Something went wrong and the action was not completed.';
}
