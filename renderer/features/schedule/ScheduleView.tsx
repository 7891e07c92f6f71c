import { useEffect, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { BookingDialog } from './BookingDialog';
import { refreshAll } from './changes';
import { ensureCampaigns, loadBasics, loadPeople } from './data';
import { DemandGhost } from './DemandGhost';
import { OpenLinesPanel } from './OpenLinesPanel';
import { KeyHelp } from './KeyHelp';
import { onWorkspaceChanged } from './events';
import { OverAllocationDialog } from './OverAllocationDialog';
import { buildRows } from './rows';
import { ScheduleGrid } from './ScheduleGrid';
import { ScheduleToolbar } from './ScheduleToolbar';
import { useSchedule } from './store';
import { UndoBanner } from './UndoBanner';
import './schedule.css';

/** The Schedule: everyone's bookings on a people × time grid that stays smooth with thousands of people. */
export function ScheduleView() {
  const people = useSchedule((s) => s.people);
  const loaded = useSchedule((s) => s.peopleLoaded);
  const peopleError = useSchedule((s) => s.peopleError);
  const roles = useSchedule((s) => s.roles);
  const groupBy = useSchedule((s) => s.groupBy);
  const sortBy = useSchedule((s) => s.sortBy);
  const filters = useSchedule((s) => s.filters);
  const draft = useSchedule((s) => s.draft);
  const [demandOpen, setDemandOpen] = useState(true);

  useEffect(() => {
    void loadBasics();
    // Normally asked for after the first rows' bookings; this is for a workspace with nobody in it.
    const timer = window.setTimeout(ensureCampaigns, 8000);
    const off = onWorkspaceChanged(() => void refreshAll());
    return () => {
      window.clearTimeout(timer);
      off();
    };
  }, []);
  useEffect(() => {
    void loadPeople();
  }, [filters]);

  const rows = useMemo(() => buildRows(people, groupBy, sortBy, roles), [people, groupBy, sortBy, roles]);
  useEffect(() => {
    if (loaded && rows.length === 0) ensureCampaigns();
  }, [loaded, rows.length]);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);

  return (
    <div className="sch">
      <ScheduleToolbar demandOpen={demandOpen} onToggleDemand={() => setDemandOpen((o) => !o)} />
      <div className="sch-main">
        {peopleError ? (
          <EmptyState icon="alert" title="The schedule could not be loaded">
            {peopleError}
          </EmptyState>
        ) : loaded && rows.length === 0 ? (
          <EmptyState icon="people" title="Nobody to show">
            No one matches these filters. Clear a filter, or add people in People.
          </EmptyState>
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
      {draft && <BookingDialog key={`${draft.id ?? 'new'}-${draft.talentId}-${draft.start}`} initial={draft} />}
      <OverAllocationDialog />
    </div>
  );
}

export default ScheduleView;
