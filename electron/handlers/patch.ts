// Updates change only the fields sent: the stored record, overlaid with the sent fields, is
// checked as a whole (cross-field rules such as end ≥ start included) before it is written.

import type { z } from 'zod';
import { AppError } from '@shared/errors';
import { describeField } from '../dispatch';

/** The stored record with the sent fields over it, validated by the record's schema; throws a field error. */
export function mergePatch<S extends z.ZodObject>(schema: S, current: object, patch: object): z.output<S> {
  const keys = Object.keys(schema.shape);
  const merged: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(current, key)) merged[key] = (current as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(patch)) if (value !== undefined && keys.includes(key)) merged[key] = value;
  const result = schema.safeParse(merged);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.map(String).join('.');
  throw new AppError('invalid_input', field ? `${describeField(field)}: ${issue.message}` : issue.message, field || undefined);
}
