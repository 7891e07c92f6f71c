import { ApiCallError } from '../api';

/** Errors keyed by the form field they belong to; '' holds a message that fits no field. */
export type FieldErrors = Record<string, string>;

/**
 * Strips the "Field name: " prefix the dispatcher puts in front of validation messages, since the
 * message is shown right beside that field.
 */
function bareMessage(message: string): string {
  const m = /^[A-Z][\w ]{0,40}: (.+)$/s.exec(message);
  return m ? m[1] : message;
}

/**
 * Maps an API error onto the form. `fields` lists the top-level keys the form shows. The API's
 * dotted path (e.g. 'skills.0.level') is kept whole when its first part is one of them, so the skills
 * editor can put the message on row 0 and `errorFor(errors, 'skills')` still finds it. Anything
 * else lands on '' (the form's general error).
 */
export function mapApiError(error: unknown, fields: readonly string[], fallback: string): FieldErrors {
  if (!(error instanceof ApiCallError)) return { '': fallback };
  const out: FieldErrors = {};
  const general: string[] = [];
  // Every field at fault at once: the first, then the others the dispatcher found in the same input.
  for (const { field, message } of [{ field: error.field, message: error.message }, ...(error.moreFields ?? [])]) {
    if (field && fields.includes(field.split('.')[0])) out[field] ??= bareMessage(message);
    else general.push(message);
  }
  if (general.length) out[''] = general.length === 1 ? general[0] : general.map((m) => (/[.!?]$/.test(m) ? m : `${m}.`)).join(' ');
  return out;
}

/** The message of the first field error for a key or any key under it ('skills' covers 'skills.2.level'). */
export function errorFor(errors: FieldErrors, key: string): string | undefined {
  if (errors[key]) return errors[key];
  const prefix = `${key}.`;
  for (const k of Object.keys(errors)) if (k.startsWith(prefix)) return errors[k];
  return undefined;
}
