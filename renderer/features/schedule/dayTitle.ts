import { placeKey } from '../../store/scheduleWindow';
import { bucketStart, fmtFull } from './days';
import { loadTitle } from './load';
import { getSchedule } from './state';
import type { Talent } from '@shared/domain';

/** The tooltip of a person's day: date, holiday, hours booked of capacity. */
export function dayTitle(person: Talent, day: number): string {
  const s = getSchedule();
  const key = bucketStart(day, s.zoom);
  const holiday = s.closures.get(key) ?? s.holidays.get(placeKey(person))?.get(key);
  const load = loadTitle(s.loads.get(person.id)?.get(key)) || 'Nothing booked';
  return [s.zoom === 'day' ? fmtFull(key) : `From ${fmtFull(key)}`, holiday, load].filter(Boolean).join('\n');
}
