import { formatDate, pct } from './format';
import { useStore } from '../../store';

/** Every snapshot, newest first. */
export function SnapshotList() {
  const list = useStore((s) => s.snapshots);
  const selectedId = useStore((s) => s.selectedSnapshotId);
  const compareId = useStore((s) => s.compareSnapshotId);
  const select = useStore((s) => s.selectSnapshot);
  return (
    <nav className="snap-list" aria-label="Snapshots">
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            <button type="button" className={`snap-item${s.id === selectedId ? ' active' : ''}`} aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => void select(s.id)}>
              <span className="snap-item-name">{s.name}</span>
              <span className="snap-item-meta">
                {formatDate(s.takenOn)}{s.headline.utilisation === null ? ' · no capacity' : ` · ${pct(s.headline.utilisation)} used`}{s.automatic ? ' · weekly' : ''}{s.id === compareId ? ' · comparing' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
