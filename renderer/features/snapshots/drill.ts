/** What a figure on the dashboard opens into: its breakdown, down to the counts behind it. */
export type Drill =
  | { kind: 'utilisation' }
  | { kind: 'role'; roleId: number }
  | { kind: 'shortfall'; weeks: number }
  | { kind: 'coverage' }
  | { kind: 'person'; talentId: number }
  | { kind: 'cell'; roleId: number; week: number }
  | { kind: 'campaigns' };
