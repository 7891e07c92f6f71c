// Planned against actual as a workbook: the totals, then by person, role, campaign and week, and
// the missing actuals, in words and names, hours and costs as numbers (two decimals), days as dates.
// The XLSX is written by the plan's sheet writer; the PDF's page is exportHtml.ts.

import { utcDateOfIso } from '@shared/dates';
import { longDate } from '@shared/io/plan/pdf';
import type { Kind, Table } from '@shared/io/plan/sheets';
import type { OutCell } from '@shared/io/types';
import type { PlannedVsActual, VarianceRow } from './compare';

export interface ActualsExportMeta {
  /** The local day the file is made. */
  generated: string;
  /** Who is compared, in words ("Everyone", "Designers", "Campaign Spring launch, confirmed bookings only"). */
  scope: string;
}

type Column = [header: string, kind: Kind, width: number];
const columns = (list: Column[]) => list.map(([header, kind, width]) => ({ header, kind, width }));
const day = utcDateOfIso;
const r2 = (x: number) => Math.round(x * 100) / 100;

export const actualsTitle = (d: Pick<PlannedVsActual, 'range'>) => `Planned against actual, ${longDate(d.range.start)} to ${longDate(d.range.end)}`;

/** Hours and costs: 'dayHours' and 'money' both show two decimals. */
const figureColumns = (currency: string): Column[] => [
  ['Planned hours', 'dayHours', 13], ['Actual hours', 'dayHours', 13], ['Difference in hours', 'dayHours', 18],
  [`Planned cost (${currency})`, 'money', 18], [`Actual cost (${currency})`, 'money', 18], [`Difference in cost (${currency})`, 'money', 22],
];
const figures = (r: VarianceRow): OutCell[] => [r2(r.plannedHours), r2(r.actualHours), r2(r.diffHours), r2(r.plannedCost), r2(r.actualCost), r2(r.diffCost)];

export function actualsPreamble(d: PlannedVsActual, meta: ActualsExportMeta): string[] {
  return [
    actualsTitle(d),
    `${meta.scope}. Costs in ${d.currency}, the reporting currency (hours × each person's cost rate on the day).`,
    ...(d.hoursWithoutRate > 0.005 ? [`${r2(d.hoursWithoutRate)} hours have no exchange rate into ${d.currency} and are left out of the costs.`] : []),
    'Missing actuals: a week that has ended with planned hours and nothing logged.',
    ...(d.missingCount > d.missing.length ? [`The Missing actuals sheet lists the ${d.missing.length} person-weeks with the most planned hours, of ${d.missingCount}.`] : []),
    `Generated ${longDate(meta.generated)}.`,
  ];
}

function groupTable(title: string, first: string, rows: VarianceRow[], currency: string): Table {
  return {
    title,
    columns: columns([[first, 'text', 26], ...figureColumns(currency), ['Weeks missing actuals', 'text', 20], ['Weeks worked less', 'text', 18]]),
    fixed: 1,
    count: rows.length,
    rows: rows.map((r): OutCell[] => [r.label, ...figures(r), r.missingWeeks, r.lessWeeks]),
  };
}

export function actualsTables(d: PlannedVsActual): Table[] {
  const totals: Table = {
    title: 'Totals',
    columns: columns([['Range', 'text', 30], ...figureColumns(d.currency), ['Missing actuals (person-weeks)', 'text', 26]]),
    fixed: 1,
    count: 1,
    rows: [[`${longDate(d.range.start)} to ${longDate(d.range.end)}`, ...figures(d.totals), d.missingCount]],
  };
  const weeks: Table = {
    title: 'By week',
    columns: columns([['Week of', 'date', 12], ...figureColumns(d.currency), ['People missing actuals', 'text', 20], ['Week', 'text', 12]]),
    fixed: 1,
    count: d.weeks.length,
    rows: d.weeks.map((w): OutCell[] => [
      day(w.start), r2(w.planned), r2(w.actual), r2(w.actual - w.planned), r2(w.plannedCost), r2(w.actualCost), r2(w.actualCost - w.plannedCost), w.missingPeople,
      w.ended ? 'Ended' : 'Not ended yet',
    ]),
  };
  const missing: Table = {
    title: 'Missing actuals',
    columns: columns([['Person', 'text', 26], ['Week of', 'date', 12], ['Planned hours', 'dayHours', 13]]),
    fixed: 1,
    count: d.missing.length,
    rows: d.missing.map((m): OutCell[] => [m.name, day(m.week), r2(m.plannedHours)]),
  };
  return [
    totals,
    groupTable('By person', 'Person', d.people, d.currency),
    groupTable('By role', 'Role', d.roles, d.currency),
    groupTable('By campaign', 'Campaign', d.campaigns, d.currency),
    weeks,
    missing,
  ];
}
