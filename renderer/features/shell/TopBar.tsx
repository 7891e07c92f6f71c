import type { ReactNode } from 'react';
import { FreeSearchField } from '../freesearch/FreeSearchField';
import { HistoryControls } from './HistoryControls';

interface Props {
  title: ReactNode;
  actions?: ReactNode;
  /** A quiet count beside the title, e.g. "68 people"; a spinner while `busy`. */
  count?: string | null;
  busy?: boolean;
}

/** The current view's title (or breadcrumb) on the left; its actions and Undo/Redo on the right. */
export function TopBar({ title, actions, count, busy }: Props) {
  return (
    <header className="topbar">
      <div className="crumb">
        {typeof title === 'string' ? <h1>{title}</h1> : title}
        {count && (
          <span className="title-count" aria-live="polite">
            {count}
          </span>
        )}
        {busy && <span className="spinner spinner-sm" role="status" aria-label="Loading" />}
      </div>
      <div className="topbar-actions">
        <FreeSearchField />
        <HistoryControls />
        {actions && <span className="topbar-divider" aria-hidden="true" />}
        {actions}
      </div>
    </header>
  );
}
