import { useStore } from '../../store';
import { SETTINGS_SECTIONS, type SettingsSection } from '../../store/settingsSlice';
import { TopBar } from '../shell/TopBar';
import { ClosuresSection } from './ClosuresSection';
import { DefaultsSection } from './DefaultsSection';
import { HolidaysSection } from './HolidaysSection';
import { ListSection } from './ListSection';
import { TemplatesSection } from '../templates/TemplatesSection';
import { NameMappingsSection } from '../actuals/NameMappingsSection';

const TITLES: Record<SettingsSection, { title: string; sub: string }> = {
  closures: { title: 'Studio closures', sub: 'Days the whole studio is closed' },
  holidays: { title: 'Public holidays', sub: 'Per holiday region your people are in' },
  roles: { title: 'Roles', sub: 'Rename, merge, targets and colours' },
  skills: { title: 'Skills', sub: 'Rename, merge and tidy up' },
  templates: { title: 'Templates', sub: 'Campaign phases and handoffs' },
  mappings: { title: 'Name mappings', sub: 'Names imports remembered' },
  channels: { title: 'Channels', sub: 'Marketing channels briefs name' },
  defaults: { title: 'Defaults', sub: 'Working week, dates, money' },
};

function Section({ section }: { section: SettingsSection }) {
  if (section === 'closures') return <ClosuresSection />;
  if (section === 'holidays') return <HolidaysSection />;
  if (section === 'defaults') return <DefaultsSection />;
  if (section === 'templates') return <TemplatesSection />;
  if (section === 'mappings') return <NameMappingsSection />;
  return <ListSection kind={section} />;
}

/** The studio's own settings: its calendar (closures, public holidays) and its lists (roles, skills). */
export function SettingsView() {
  const section = useStore((s) => s.settingsSection);
  const setSection = useStore((s) => s.setSettingsSection);
  return (
    <>
      <TopBar title="Settings" />
      <div className="content">
        <div className="settings view-pad">
          <nav className="settings-nav" aria-label="Settings">
            {SETTINGS_SECTIONS.map((id) => (
              <button key={id} type="button" className="settings-nav-item" aria-current={section === id ? 'page' : undefined} onClick={() => setSection(id)}>
                <span className="settings-nav-title">{TITLES[id].title}</span>
                <span className="settings-nav-sub">{TITLES[id].sub}</span>
              </button>
            ))}
          </nav>
          <div className="settings-body">
            <Section section={section} />
          </div>
        </div>
      </div>
    </>
  );
}
