import { useEffect } from 'react';
import { useStore } from '../../store';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The workspace's weekly snapshot setting. */
export function ScheduleToggle() {
  const schedule = useStore((s) => s.snapshotSchedule);
  const save = useStore((s) => s.saveSnapshotSchedule);
  const load = useStore((s) => s.loadSnapshotSchedule);
  useEffect(() => void load(), [load]);
  if (!schedule) return null;
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
