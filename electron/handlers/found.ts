import { AppError } from '@shared/errors';

/** The value, or a not_found error naming what is missing. */
export function found<T>(value: T | undefined, what: string, field?: string): T {
  if (value === undefined) throw new AppError('not_found', `That ${what} no longer exists.`, field);
  return value;
}
