import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { isTalentFilterActive, NO_TALENT_FILTER } from '../../lib/talentFilter';
import { useStore } from '../../store';
import { setSchedule, useSchedule } from './state';

/** The Schedule with no rows: filters that leave nobody (clear them), or nobody yet (add people). */
export function ScheduleEmpty() {
  const filters = useSchedule((s) => s.filters);
  const setView = useStore((s) => s.setView);
  if (isTalentFilterActive(filters)) {
    return (
      <EmptyState icon="filter" title="No one matches these filters" actions={<Button onClick={() => setSchedule({ filters: NO_TALENT_FILTER })}>Clear filters</Button>}>
        Try another role or skill, a lower skill level, or fewer kinds.
      </EmptyState>
    );
  }
  return (
    <EmptyState icon="people" title="No one to schedule yet" actions={<Button variant="primary" icon="plus" onClick={() => setView('people')}>Add people</Button>}>
      The Schedule shows each person’s bookings over time. Add your staff, freelancers and agencies in People, then book them on campaigns here.
    </EmptyState>
  );
}
