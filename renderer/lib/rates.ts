import type { RateUnit, WeekHours } from '@shared/domain';
import { otherUnitRate } from '@shared/money/units';
import { formatMoney } from './format';

/** "£450/day · £60/h" (a day rate made hourly through the working pattern's typical day), or "£60/h · £450/day". */
export function formatRateBoth(rate: number, unit: RateUnit | undefined, currency: string, week: WeekHours | null): string {
  const other = otherUnitRate(rate, unit, week);
  const day = unit === 'day' ? rate : other;
  const hour = unit === 'day' ? other : rate;
  const parts = [`${formatMoney(day, currency)}/day`, `${formatMoney(Math.round(hour * 100) / 100, currency)}/h`];
  return (unit === 'day' ? parts : parts.reverse()).join(' · ');
}
