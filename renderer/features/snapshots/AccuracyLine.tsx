import { useEffect } from 'react';
import { accuracySentence } from '@shared/actuals/accuracy';
import { useStore } from '../../store';

/** The executive line on forecast accuracy; its chart is in the Actuals view, which the link opens. */
export function AccuracyLine() {
  const accuracy = useStore((s) => s.accuracy);
  useEffect(() => {
    if (!useStore.getState().accuracy) void useStore.getState().loadAccuracy();
  }, []);
  if (!accuracy) return null;
  return (
    <p className="snap-accuracy" data-testid="accuracy-line">
      {accuracySentence(accuracy.headline)}{' '}
      <button type="button" className="snap-link" onClick={() => useStore.getState().setView('actuals')}>See the chart by lead time</button>
    </p>
  );
}
