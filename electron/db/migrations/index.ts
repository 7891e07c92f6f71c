import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial';
import * as m002 from './002-snapshots';
import * as m003 from './003-money';
import * as m004 from './004-campaign-statuses';
import * as m005 from './005-studio-calendar';
import * as m006 from './006-templates-phases';
import * as m007 from './007-briefs';
import * as m008 from './008-actuals';
import * as m009 from './009-retros';

export interface Migration {
  version: number;
  up: (db: Database) => void;
}

/** Ordered; a migration's version is its position. Append, never edit a shipped one. */
export const migrations: Migration[] = [
  { version: 1, up: m001.up },
  { version: 2, up: m002.up },
  { version: 3, up: m003.up },
  { version: 4, up: m004.up },
  { version: 5, up: m005.up },
  { version: 6, up: m006.up },
  { version: 7, up: m007.up },
  { version: 8, up: m008.up },
  { version: 9, up: m009.up },
];

export const LATEST_VERSION = migrations[migrations.length - 1].version;
