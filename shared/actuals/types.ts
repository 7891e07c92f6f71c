// Actuals: what a person really worked, as the workspace stores it. Pure types.

import type { Id, IsoDate } from '@shared/domain';

export const ACTUAL_SOURCES = ['harvest', 'toggl', 'clockify', 'file', 'hand'] as const;
export type ActualSource = (typeof ACTUAL_SOURCES)[number];

/** How each source is named in the window. */
export const ACTUAL_SOURCE_WORDS: Record<ActualSource, string> = {
  harvest: 'Harvest',
  toggl: 'Toggl Track',
  clockify: 'Clockify',
  file: 'a spreadsheet',
  hand: 'entered by hand',
};

export interface Actual {
  id: Id;
  talentId: Id;
  campaignId: Id;
  date: IsoDate;
  hours: number;
  source: ActualSource;
  /** Stable per source row: a re-import of the same row updates it instead of adding it again. */
  sourceKey: string;
  note: string;
  /** What the tracker said the row cost, when it said (reference only). */
  cost: number | null;
  currency: string | null;
}

export type ActualFields = Omit<Actual, 'id'>;

export type AliasKind = 'person' | 'campaign';

/** A remembered answer: the name a file writes → the workspace's person or campaign. */
export interface ActualAlias {
  kind: AliasKind;
  /** Lower-cased and trimmed. */
  sourceName: string;
  targetId: Id;
}

/** Actuals as parallel columns (no object per row), for the planned-against-actual figures. */
export interface ActualColumns {
  readonly length: number;
  readonly talentId: Int32Array;
  readonly campaignId: Int32Array;
  /** Day indexes (days since 1970-01-01). */
  readonly day: Int32Array;
  readonly hours: Float64Array;
}

/** The key a source name is remembered under. */
export const aliasKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A remembered name as Settings → Name mappings lists it. */
export interface NameMapping extends ActualAlias {
  /** The name as the file wrote it when it was remembered (else the stored lower-case key). */
  shownName: string;
  /** The person's or campaign's name now; null when it has been deleted since. */
  targetName: string | null;
  /** The tool of the import that made it (null for mappings made before this was kept). */
  tool: ActualSource | null;
  /** When it was made (ISO timestamp), if known. */
  madeAt: string | null;
  /** Rows of the file it matched in the last import that used it, and when that was, if known. */
  rows: number | null;
  usedAt: string | null;
}
