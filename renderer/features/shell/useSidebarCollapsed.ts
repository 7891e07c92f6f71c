import { useNarrowWindow } from '../../lib/useNarrowWindow';
import { useStore } from '../../store';
import { isSidebarCollapsed, SIDEBAR_AUTO_WIDTH } from '../../store/layoutSlice';

/** Whether the sidebar shows icons only now: the user's choice, else by the window's width. */
export function useSidebarCollapsed(): boolean {
  const mode = useStore((s) => s.layout.sidebar);
  const narrow = useNarrowWindow(SIDEBAR_AUTO_WIDTH);
  return isSidebarCollapsed(mode, narrow ? 0 : SIDEBAR_AUTO_WIDTH);
}
