/** The only error shape that crosses from the main process to the renderer. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'constraint',
  'workspace',
  'cancelled',
  /** A booking write that would over-allocate someone, refused; `overAllocation` says where and why. */
  'over_allocated',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the input field at fault, e.g. 'skills.0.level'. */
  field?: string;
  /** Other fields of the same input at fault, each with its message (a form shows them all at once). */
  moreFields?: { field: string; message: string }[];
  /** With code 'over_allocated': the days and, per day, why. */
  overAllocation?: OverAllocationRefusal;
}

/** Why a day can't take the hours booked on it. */
export type DayReason =
  | { kind: 'not_working' }
  | { kind: 'time_off'; type: 'vacation' | 'sick' | 'other'; partial: boolean }
  | { kind: 'holiday'; name: string }
  | { kind: 'closure'; name: string }
  | { kind: 'outside_contract'; side: 'before' | 'after'; date: string }
  | { kind: 'over_capacity' };

export interface OverAllocatedDayWhy {
  date: string;
  /** Hours booked that day with the change, and the person's capacity. */
  booked: number;
  capacity: number;
  reason: DayReason;
  /** The reason in words, e.g. "Good Friday (public holiday)". */
  why: string;
}

export interface OverAllocationRefusal {
  people: { talentId: number; name: string; days: OverAllocatedDayWhy[] }[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by handlers and repositories; turned into an ApiError at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly overAllocation?: OverAllocationRefusal,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.overAllocation ? { overAllocation: this.overAllocation } : {}),
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
