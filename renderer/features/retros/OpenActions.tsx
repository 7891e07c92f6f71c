import type { RetroAction } from '@shared/contract';
import { formatDate } from '../../lib/format';
import { useStore } from '../../store';

/** One action: done box, text, owner and due day (overdue in red). */
export function ActionRow({ action, showRetro }: { action: RetroAction; showRetro?: boolean }) {
  const done = action.done !== null;
  return (
    <li className={`retro-action${done ? ' done' : ''}${action.overdue ? ' overdue' : ''}`}>
      <input
        type="checkbox"
        checked={done}
        aria-label={`${action.text}: done`}
        onChange={() => void useStore.getState().completeRetroAction(action.id, !done).catch((e) => useStore.getState().showError(e))}
      />
      <span className="retro-action-text">{action.text}{showRetro && <span className="sub"> · {action.retroTitle}</span>}</span>
      <span className="retro-action-owner">{action.ownerName ?? 'No owner'}</span>
      <span className="retro-action-due">{done ? `Done ${formatDate(action.done)}` : action.due ? `${action.overdue ? 'Overdue since' : 'Due'} ${formatDate(action.due)}` : 'No due date'}</span>
    </li>
  );
}

/** Actions not yet done, across all retrospectives: listed until done. */
export function OpenActions({ actions }: { actions: RetroAction[] }) {
  if (actions.length === 0) return null;
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <section className="card" aria-label="Open actions">
      <div className="card-header">
        <h2>{actions.length} open {actions.length === 1 ? 'action' : 'actions'}</h2>
        {overdue > 0 && <span className="sub retro-overdue-count">{overdue} overdue</span>}
      </div>
      <ul className="retro-actions">{actions.map((a) => <ActionRow key={a.id} action={a} showRetro />)}</ul>
    </section>
  );
}
