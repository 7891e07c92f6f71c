import { Icon } from '../../components/Icon';
import { LogoMark } from '../../components/LogoMark';
import { modKey } from '../../lib/keys';
import { useStore } from '../../store';
import { useSidebarCollapsed } from './useSidebarCollapsed';
import { VIEW_META } from './views';
import { ROVING } from '../../lib/roving';

export function Sidebar() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const setAboutOpen = useStore((s) => s.setAboutOpen);
  const openCampaign = useStore((s) => s.openCampaign);
  const setMoneyOpen = useStore((s) => s.setMoneyOpen);
  const collapsed = useSidebarCollapsed();
  // Icons only: the names stay for screen readers (visually hidden) and show as tooltips.
  const tip = (name: string) => (collapsed ? name : undefined);
  return (
    <nav className={`sidebar${collapsed ? ' is-collapsed' : ''}`} aria-label="Main" {...ROVING}>
      <div className="brand">
        <LogoMark />
        <span className="nav-label">Capacity Planner</span>
      </div>
      {VIEW_META.filter((v) => v.id !== 'settings').map((v, i) => (
        <button
          key={v.id}
          type="button"
          className="nav-item"
          title={tip(v.title)}
          aria-current={view === v.id ? 'page' : undefined}
          onClick={() => {
            if (v.id === 'campaigns' && view === 'campaigns') openCampaign(null);
            setView(v.id);
          }}
        >
          <Icon name={v.icon} />
          <span className="nav-label">{v.title}</span>
          <span className="kbd" aria-hidden="true">
            {modKey}
            {i + 1}
          </span>
        </button>
      ))}
      <div className="sidebar-foot">
        <button type="button" className="nav-item" title={tip('Settings')} aria-current={view === 'settings' ? 'page' : undefined} onClick={() => setView('settings')}>
          <Icon name="settings" />
          <span className="nav-label">Settings</span>
          <span className="kbd" aria-hidden="true">
            {modKey}
            {VIEW_META.findIndex((v) => v.id === 'settings') + 1}
          </span>
        </button>
        <button type="button" className="nav-item" title={tip('Currency and rates')} onClick={() => setMoneyOpen(true)}>
          <Icon name="money" />
          <span className="nav-label">Currency and rates</span>
        </button>
        <button type="button" className="nav-item" title={tip('About')} onClick={() => setAboutOpen(true)}>
          <Icon name="info" />
          <span className="nav-label">About</span>
        </button>
        <SidebarToggle collapsed={collapsed} />
      </div>
    </nav>
  );
}

/** Icons only, or icons and names; remembered (in a narrow window the sidebar starts as icons). */
function SidebarToggle({ collapsed }: { collapsed: boolean }) {
  const setCollapsed = useStore((s) => s.setSidebarCollapsed);
  const label = collapsed ? 'Expand sidebar' : 'Collapse sidebar';
  return (
    <button type="button" className="nav-item nav-toggle" title={label} onClick={() => setCollapsed(!collapsed)}>
      <Icon name={collapsed ? 'chevronRight' : 'back'} />
      <span className="nav-label">{label}</span>
    </button>
  );
}
