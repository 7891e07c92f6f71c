import { useEffect } from 'react';
import { Toasts } from './components/Toasts';
import { CampaignsView } from './features/campaigns/CampaignsView';
import { NewBookingHost } from './features/bookings/NewBookingHost';
import { CapacityView } from './features/capacity/CapacityView';
import { ActualsView } from './features/actuals/ActualsView';
import { FreeSearchHost } from './features/freesearch/FreeSearchHost';
import { MoneyDialog } from './features/money/MoneyDialog';
import { AboutDialog } from './features/shell/AboutDialog';
import { CalendarHost } from './features/shell/CalendarHost';
import { Sidebar } from './features/shell/Sidebar';
import { MAIN_ID, SkipLink } from './features/shell/SkipLink';
import { TopBar } from './features/shell/TopBar';
import { useAppCommands } from './features/shell/useAppCommands';
import { Welcome } from './features/shell/Welcome';
import { PeopleView } from './features/people/PeopleView';
import { SettingsView } from './features/settings/SettingsView';
import { ScheduleView } from './features/schedule/ScheduleView';
import { SnapshotReminder } from './features/snapshots/SnapshotReminder';
import { SnapshotsView } from './features/snapshots/SnapshotsView';
import { StaffingView } from './features/staffing/StaffingView';
import { useStore } from './store';

function CurrentView() {
  const view = useStore((s) => s.view);
  if (view === 'people') return <PeopleView />;
  if (view === 'campaigns') return <CampaignsView />;
  if (view === 'calendar') return <CalendarHost />;
  if (view === 'capacity') return <CapacityView />;
  if (view === 'snapshots') return <SnapshotsView />;
  if (view === 'staffing') return <StaffingView />;
  if (view === 'settings') return <SettingsView />;
  if (view === 'actuals') return <ActualsView />;
  return (
    <>
      <TopBar title="Schedule" />
      <div className="content">
        <ScheduleView />
      </div>
    </>
  );
}

export function App() {
  const boot = useStore((s) => s.boot);
  const bootError = useStore((s) => s.bootError);
  const firstRun = useStore((s) => s.info?.firstRun ?? false);
  const aboutOpen = useStore((s) => s.aboutOpen);
  const moneyOpen = useStore((s) => s.moneyOpen);
  useAppCommands();

  useEffect(() => {
    const s = useStore.getState();
    void s.loadInfo().then(() => Promise.all([s.loadLookups(), s.refreshHistory(), s.loadDefaults()]));
  }, []);

  if (boot === 'loading') {
    return (
      <div className="boot" role="status">
        <span className="spinner" />
      </div>
    );
  }
  if (boot === 'failed') {
    return (
      <div className="boot" role="alert">
        <div className="welcome-card">
          <h1>The workspace could not be opened</h1>
          <p>{bootError}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      {firstRun ? (
        <Welcome />
      ) : (
        <div className="shell">
          <SkipLink />
          <Sidebar />
          <main className="main" id={MAIN_ID}>
            <CurrentView />
          </main>
        </div>
      )}
      {!firstRun && <SnapshotReminder />}
      {aboutOpen && <AboutDialog />}
      {moneyOpen && <MoneyDialog />}
      {!firstRun && <NewBookingHost />}
      {!firstRun && <FreeSearchHost />}
      <Toasts />
    </>
  );
}
