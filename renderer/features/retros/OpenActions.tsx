import type { RetroAction } from '@shared/contract';
import { formatDate } from '../../lib/format';
import { useStore } from '../../store';

const save = (input: Parameters<ReturnType<typeof useStore.getState>['updateRetroAction']>[0]) =>
  void useStore.getState().updateRetroAction(input).catch((e) => useStore.getState().showError(e));

/** An open action on its retrospective's page: owner and due day change in place. */
function EditableAction({ action }: { action: RetroAction }) {
  const people = useStore((s) => s.allPeople);
  return (
    <li className={`retro-action${action.overdue ? ' overdue' : ''}`}>
      <input type="checkbox" checked={false} aria-label={`${action.text}: done`} onChange={() => void useStore.getState().completeRetroAction(action.id, true).catch((e) => useStore.getState().showError(e))} />
      <span className="retro-action-text">{action.text}</span>
      <select className="select" aria-label={`${action.text}: owner`} value={action.ownerId ?? ''} onChange={(e) => save({ id: action.id, ownerId: e.target.value ? Number(e.target.value) : null })}>
        <option value="">No owner</option>
        {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
      <input className="input retro-action-due" type="date" aria-label={`${action.text}: due`} value={action.due ?? ''} onChange={(e) => save({ id: action.id, due: e.target.value || null })} />
    </li>
  );
}

/** One action: done box, text, owner and due day (overdue in red). */
export function ActionRow({ action, showRetro, editable }: { action: RetroAction; showRetro?: boolean; editable?: boolean }) {
  const done = action.done !== null;
  if (editable && !done) return <EditableAction action={action} />;
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
