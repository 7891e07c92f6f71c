import { ProgressBar } from '../../components/ProgressBar';
import type { IoProgress } from './useIoProgress';

/** A progress bar with what is happening, for a running import or export. */
export function ProgressLine({ progress, fallback }: { progress: IoProgress | null; fallback: string }) {
  const ratio = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <div className="io-progress" role="status" aria-live="polite">
      <ProgressBar value={ratio} max={1} label={progress?.label ?? fallback} />
      <span>
        {progress?.label ?? fallback}
        {progress && progress.done > 0 ? ` · ${Math.round(ratio * 100)}%` : '…'}
      </span>
    </div>
  );
}
