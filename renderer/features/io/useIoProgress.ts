import { useEffect, useState } from 'react';
import type { AppEvent } from '@shared/contract';
import { onAppEvent } from '../../api';

export type IoProgress = Extract<AppEvent, { type: 'progress' }>;

/** The latest progress event of an import or export, while one is running (null otherwise). */
export function useIoProgress(operation: IoProgress['operation'], active: boolean): IoProgress | null {
  const [progress, setProgress] = useState<IoProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    return onAppEvent((event) => {
      if (event.type === 'progress' && event.operation === operation) setProgress(event.finished ? null : event);
    });
  }, [operation, active]);
  return progress;
}
