// The plan's penalty weights, a workspace setting kept in the meta table.
import type { StaffingSettingsValue } from '@shared/contract';
import { DEFAULT_STAFFING_SETTINGS, staffingSettingsSchema } from '@shared/contract/staffing';
import type { Db } from '../db/open';
import { getMeta, setMeta } from '../db/repos/meta';

const KEY = 'staffing.settings';

/** The stored settings over the defaults; a damaged value falls back to the defaults. */
export function readStaffingSettings(db: Db): StaffingSettingsValue {
  const raw = getMeta(db, KEY);
  if (!raw) return { ...DEFAULT_STAFFING_SETTINGS };
  try {
    const parsed = staffingSettingsSchema.partial().safeParse(JSON.parse(raw));
    return parsed.success ? { ...DEFAULT_STAFFING_SETTINGS, ...parsed.data } : { ...DEFAULT_STAFFING_SETTINGS };
  } catch {
    return { ...DEFAULT_STAFFING_SETTINGS };
  }
}

export function writeStaffingSettings(db: Db, patch: Partial<StaffingSettingsValue>): StaffingSettingsValue {
  const next = { ...readStaffingSettings(db), ...patch };
  setMeta(db, KEY, JSON.stringify(next));
  return next;
}
