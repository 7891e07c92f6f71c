import type { DemandLineSummary } from '@shared/contract';
import { formatDateRange, formatHours } from '../../lib/format';
import type { Lookups } from './lookups';

/** "Designer · 7 – 31 Jan 2030 · 96 h open" */
export function lineLabel(l: DemandLineSummary, lookups: Lookups): string {
  const role = l.roleId !== null ? lookups.roles.find((r) => r.id === l.roleId)?.name : undefined;
  const what = role ?? (l.note || `Line #${l.id}`);
  return `${what} · ${formatDateRange(l.start, l.end)} · ${formatHours(l.openHours)} open`;
}
