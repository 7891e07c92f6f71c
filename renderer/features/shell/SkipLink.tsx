import { useStore } from '../../store';

/** The id of the Schedule's grid, which the skip link focuses on that view. */
export const SCHEDULE_GRID_ID = 'schedule-grid';
/** The id of the shell's main area, the skip link's target on every other view. */
export const MAIN_ID = 'main';

/**
 * The first tab stop of every view, shown only while it has the focus: it jumps past the sidebar
 * and the toolbars to the Schedule's grid on the Schedule, to the view itself elsewhere.
 */
export function SkipLink() {
  const onSchedule = useStore((s) => s.view === 'schedule');
  const target = onSchedule ? SCHEDULE_GRID_ID : MAIN_ID;
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        e.preventDefault();
        // An empty Schedule has no grid: its main area takes the focus. The main area can take it
        // only until it loses it, so a click on its empty parts still focuses nothing.
        const el = document.getElementById(target) ?? document.getElementById(MAIN_ID);
        if (!el) return;
        if (!el.hasAttribute('tabindex')) {
          el.tabIndex = -1;
          el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
        }
        el.focus({ preventScroll: true });
      }}
    >
      {onSchedule ? 'Skip to schedule' : 'Skip to main content'}
    </a>
  );
}
