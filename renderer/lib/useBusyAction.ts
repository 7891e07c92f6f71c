import { useCallback, useState } from 'react';
import { errorMessage } from '../api';

/**
 * One action at a time with its busy flag and, when it fails, the error in words (cleared when the
 * next one starts). For panels whose buttons call the API directly.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
