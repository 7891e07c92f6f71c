import { useEffect, useState } from 'react';
import type { SnapshotSchedule } from '@shared/contract';
import { call } from '../../api';
import { useStore } from '../../store';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The workspace's weekly snapshot setting. */
export function ScheduleToggle() {
  const [schedule, setSchedule] = useState<SnapshotSchedule | null>(null);
  useEffect(() => {
    call('snapshots:schedule').then(setSchedule, () => undefined);
  }, []);
  if (!schedule) return null;
  const save = (next: SnapshotSchedule) => call('snapshots:setSchedule', next).then(setSchedule, (e: unknown) => useStore.getState().showError(e));
  return (
    <div className="snap-schedule">
      <label className="checkbox">
        <input type="checkbox" checked={schedule.enabled} onChange={(e) => void save({ ...schedule, enabled: e.target.checked })} /> Take one every
      </label>
      <select className="select select-sm" aria-label="Weekday" value={schedule.weekday} onChange={(e) => void save({ ...schedule, weekday: Number(e.target.value) })}>
        {DAYS.map((d, i) => <option key={d} value={i}>{d}</option>)}
      </select>
    </div>
  );
}
