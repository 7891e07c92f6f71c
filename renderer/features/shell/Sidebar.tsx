import { Icon } from '../../components/Icon';
import { LogoMark } from '../../components/LogoMark';
import { modKey } from '../../lib/keys';
import { useStore } from '../../store';
import { VIEW_META } from './views';
import { ROVING } from '../../lib/roving';

export function Sidebar() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const setAboutOpen = useStore((s) => s.setAboutOpen);
  const openCampaign = useStore((s) => s.openCampaign);
  const setMoneyOpen = useStore((s) => s.setMoneyOpen);
  return (
    <nav className="sidebar" aria-label="Main" {...ROVING}>
      <div className="brand">
        <LogoMark />
        <span>Capacity Planner</span>
      </div>
      {VIEW_META.filter((v) => v.id !== 'settings').map((v, i) => (
        <button
          key={v.id}
          type="button"
          className="nav-item"
          aria-current={view === v.id ? 'page' : undefined}
          onClick={() => {
            if (v.id === 'campaigns' && view === 'campaigns') openCampaign(null);
            setView(v.id);
          }}
        >
          <Icon name={v.icon} />
          <span>{v.title}</span>
          <span className="kbd" aria-hidden="true">
            {modKey}
            {i + 1}
          </span>
        </button>
      ))}
      <div className="sidebar-foot">
        <button type="button" className="nav-item" aria-current={view === 'settings' ? 'page' : undefined} onClick={() => setView('settings')}>
          <Icon name="settings" />
          <span>Settings</span>
          <span className="kbd" aria-hidden="true">
            {modKey}
            {VIEW_META.findIndex((v) => v.id === 'settings') + 1}
          </span>
        </button>
        <button type="button" className="nav-item" onClick={() => setMoneyOpen(true)}>
          <Icon name="money" />
          <span>Currency and rates</span>
        </button>
        <button type="button" className="nav-item" onClick={() => setAboutOpen(true)}>
          <Icon name="info" />
          <span>About</span>
        </button>
      </div>
    </nav>
  );
}
