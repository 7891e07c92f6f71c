import { lazy, Suspense } from 'react';
import { TopBar } from './TopBar';

// FullCalendar is large: load the Calendar view only when it is first opened.
const CalendarView = lazy(async () => ({ default: (await import('../calendar/CalendarView')).CalendarView }));

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
          <CalendarView />
        </Suspense>
      </div>
    </>
  );
}
