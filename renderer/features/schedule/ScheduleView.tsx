import { useEffect, useMemo } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useStore } from '../../store';
import { DemandGhost } from './DemandGhost';
import { OpenLinesPanel } from './OpenLinesPanel';
import { ScheduleEmpty } from './ScheduleEmpty';
import { KeyHelp } from './KeyHelp';
import { buildRows } from './rows';
import { ScheduleEditor } from './ScheduleEditor';
import { ScheduleGrid } from './ScheduleGrid';
import { ScheduleToolbar } from './ScheduleToolbar';
import { useSchedule } from './state';
import { UndoBanner } from './UndoBanner';
import './schedule.css';

/** The Schedule: everyone's bookings on a people × time grid that stays smooth with thousands of people. */
export function ScheduleView() {
  const everyone = useStore((s) => s.allPeople);
  const rowIds = useSchedule((s) => s.rowIds);
  const loaded = useSchedule((s) => s.rowsLoaded);
  const peopleError = useSchedule((s) => s.rowsError);
  const roles = useStore((s) => s.roles);
  const groupBy = useSchedule((s) => s.groupBy);
  const sortBy = useSchedule((s) => s.sortBy);
  const filters = useSchedule((s) => s.filters);
  // Remembered: a planner on a small screen hides it once.
  const demandOpen = useStore((s) => s.layout.scheduleDemandOpen);

  useEffect(() => {
    const s = useStore.getState();
    s.setScheduleOpen(true);
    if (!s.lookupsLoaded) void s.loadLookups();
    void s.loadScheduleClosures();
    // Normally asked for after the first rows' bookings; this is for a workspace with nobody in it.
    const timer = window.setTimeout(() => useStore.getState().loadScheduleOpenLines(), 8000);
    return () => {
      window.clearTimeout(timer);
      useStore.getState().setScheduleOpen(false);
    };
  }, []);
  useEffect(() => {
    void useStore.getState().loadScheduleRows();
  }, [filters]);

  // Someone's holiday place may have changed with the people list.
  useEffect(() => void useStore.getState().ensureScheduleHolidays(), [everyone]);
  const people = useMemo(() => (rowIds ? everyone.filter((p) => rowIds.has(p.id)) : everyone), [everyone, rowIds]);
  const rows = useMemo(() => buildRows(people, groupBy, sortBy, roles), [people, groupBy, sortBy, roles]);
  useEffect(() => {
    const s = useStore.getState();
    if (loaded && rows.length === 0 && !s.allCampaignsLoaded) void s.loadAllCampaigns();
  }, [loaded, rows.length]);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);

  return (
    <div className="sch">
      <ScheduleToolbar demandOpen={demandOpen} onToggleDemand={() => useStore.getState().setScheduleDemandOpen(!demandOpen)} />
      <div className="sch-main">
        {peopleError ? (
          <EmptyState icon="alert" title="The schedule could not be loaded">
            {peopleError}
          </EmptyState>
        ) : loaded && rows.length === 0 ? (
          <ScheduleEmpty />
        ) : (
          <div className="sch-grid-col">
            <ScheduleGrid rows={rows} roleNames={roleNames} />
            <KeyHelp />
          </div>
        )}
        {demandOpen && <OpenLinesPanel />}
      </div>
      <UndoBanner />
      <DemandGhost />
      <ScheduleEditor />
    </div>
  );
}

export default ScheduleView;
