// A generated year of actuals for a seeded workspace (npm run seed -- --actuals N): the generated
// plan starts at `today`, so its first year is logged as if it had been worked (benchmarks look
// back from a year later). For its bookings, each weekday is logged at 60–120 % of its planned hours, with
// one person-week in ten left unlogged; then unplanned rows on random people and campaigns until
// there are N. Deterministic per seed.

import { dayFromIso, isoFromDay, weekdayOfDay } from '@shared/dates';
import type { Db } from '../db/open';
import { createRandom } from './random';

export function writeActuals(db: Db, rows: number, today: string, seed: number): number {
  const random = createRandom(seed + 17);
  const from = dayFromIso(today);
  const to = from + 363;
  const bookings = db
    .prepare('SELECT talent_id, campaign_id, start, end, hours_per_day FROM bookings WHERE end >= ? AND start <= ? ORDER BY id')
    .raw()
    .all(isoFromDay(from), isoFromDay(to)) as [number, number, string, string, number][];
  const people = db.prepare('SELECT id FROM talent').pluck().all() as number[];
  const campaigns = db.prepare('SELECT id FROM campaigns').pluck().all() as number[];
  const insert = db.prepare("INSERT INTO actuals (talent_id, campaign_id, date, hours, source, source_key) VALUES (?, ?, ?, ?, ?, ?)");
  const sources = ['harvest', 'toggl', 'clockify'] as const;
  let n = 0;
  const add = (talent: number, campaign: number, day: number, hours: number) => {
    insert.run(talent, campaign, isoFromDay(day), Math.round(hours * 4) / 4 || 0.25, sources[n % 3], `seed:${n}`);
    n++;
  };
  db.transaction(() => {
    for (const [talent, campaign, start, end, hoursPerDay] of bookings) {
      const first = Math.max(dayFromIso(start), from);
      const last = Math.min(dayFromIso(end), to);
      for (let d = first; d <= last && n < rows; d++) {
        if (weekdayOfDay(d) >= 5) continue;
        // One person-week in ten goes unlogged (the same week for all of the person's bookings).
        if ((((talent * 31 + Math.floor((d + 3) / 7)) * 2654435761) >>> 0) % 10 === 0) continue;
        add(talent, campaign, d, hoursPerDay * random.float(0.6, 1.2));
      }
      if (n >= rows) break;
    }
    while (n < rows && people.length && campaigns.length) {
      const d = from + random.int(0, to - from);
      if (weekdayOfDay(d) < 5) add(random.pick(people), random.pick(campaigns), d, random.float(0.5, 4));
    }
  })();
  return n;
}
