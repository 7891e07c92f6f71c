import { lazy, Suspense } from 'react';
import { call } from '../../api';
import type { OverallocationSource } from '../calendar/overallocation';
import { TopBar } from './TopBar';

// FullCalendar is large: load the Calendar view only when it is first opened.
const CalendarView = lazy(async () => ({ default: (await import('../calendar/CalendarView')).CalendarView }));

/** Over-allocated days, from the capacity core, for the people and range in view. */
const overallocation: OverallocationSource = async ({ from, to, talentIds }) => {
  const runs = await call('capacity:overallocations', { range: { start: from, end: to }, filter: talentIds ? { ids: talentIds } : {} });
  return runs.map((run) => ({ talentId: run.talentId, start: run.start, end: run.end, message: run.message }));
};

export function Loading() {
  return (
    <div className="boot" role="status">
      <span className="spinner" />
    </div>
  );
}

export function CalendarHost() {
  return (
    <>
      <TopBar title="Calendar" />
      <div className="content">
        <Suspense fallback={<Loading />}>
          <CalendarView overallocation={overallocation} />
        </Suspense>
      </div>
    </>
  );
}
