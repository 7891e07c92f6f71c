import { memo } from 'react';
import type { BookingView, CampaignSummary } from '@shared/contract';
import type { Talent, TimeOff } from '@shared/domain';
import { BookingBar } from './BookingBar';
import { dayFromIso } from './days';
import { ROW_H } from './geometry';
import { assignLanes } from './lanes';
import { TimeOffBar } from './TimeOffBar';

interface Props {
  person: Talent;
  index: number;
  dayStart: number;
  dayEnd: number;
  axisStart: number;
  dayW: number;
  /** Bars starting before this day may cross the view's left edge: their labels stick to it. */
  pinBefore: number;
  bookings: BookingView[] | undefined;
  timeOff: TimeOff[] | undefined;
  campaigns: Map<number, CampaignSummary>;
  selection: Set<number>;
  focusId: number | null;
  saving: Set<number>;
  /** The period of time off selected, if it is this row's. */
  timeOffFocus: number | null;
}


/** One person's line: time off and booking bars. The name is in the names column; the day shading is on the band canvases below. */
export const PersonRow = memo(function PersonRow(p: Props) {
  const { person, dayStart, dayEnd, axisStart, dayW } = p;
  const visible = (p.bookings ?? []).filter((b) => dayFromIso(b.end) >= dayStart && dayFromIso(b.start) <= dayEnd);
  const { lane, count } = assignLanes(visible);
  return (
    <div className="sch-row" data-talent-id={person.id} data-row={p.index} style={{ top: p.index * ROW_H }}>
      {(p.timeOff ?? []).map((o) => (
        <TimeOffBar key={o.id} off={o} name={person.name} dayStart={dayStart} dayEnd={dayEnd} axisStart={axisStart} dayW={dayW} selected={p.timeOffFocus === o.id} bookings={visible} />
      ))}
      {visible.map((b) => (
        <BookingBar
          key={b.id}
          booking={b}
          campaign={p.campaigns.get(b.campaignId)}
          axisStart={axisStart}
          dayW={dayW}
          lane={lane.get(b.id) ?? 0}
          lanes={count}
          pinLabel={dayFromIso(b.start) < p.pinBefore}
          selected={p.selection.has(b.id)}
          focused={p.focusId === b.id}
          saving={p.saving.has(b.id)}
        />
      ))}
    </div>
  );
});
