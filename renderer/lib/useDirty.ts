import { useState } from 'react';

/**
 * Whether a form's value differs from what it was when the form opened (compared as JSON), for
 * a dialog's `dirty`: typing something and then deleting it again is not a change.
 */
export function useDirty(value: unknown): boolean {
  const [first] = useState(() => JSON.stringify(value));
  return JSON.stringify(value) !== first;
}
