// The import service: preview (writes nothing) and commit (a checked backup, taken while the file is
// read, then one transaction that is one undoable step). Both read the file afresh; commit refuses
// a file that changed since preview.

import { basename, dirname } from 'node:path';
import { AppError } from '@shared/errors';
import { ENTITY_NOUNS } from '@shared/io/fields';
import type { ImportTable } from '@shared/io/table';
import type { ColumnMapping, ImportEntity, ImportPreview, ImportResult } from '@shared/io/types';
import { pruneBackups, takeBackup } from '../../db/backup';
import { removeDbFile } from '../../db/backup/files';
import type { Db } from '../../db/open';
import { recordChange, recordLongChange } from '../../db/repos/history';
import { readSource, type ImportSource } from '../read';
import { analyse, fieldsOf, type Analysis } from './analyse';
import type { ImportOptions } from './types';

export interface ImportRequest {
  source: ImportSource;
  entity: ImportEntity;
  mapping?: ColumnMapping;
  options: ImportOptions;
}

export interface CommitDeps {
  backupDir: string;
  now: Date;
  /** Called with 0..1 while rows are written (the Electron edge can forward it as an event). */
  onProgress?: (fraction: number) => void;
  /**
   * Awaited between parts of the write (rows written, of all): gives the window's calls a turn,
   * and throws to cancel, which rolls the import back. Without it the rows are written at once.
   */
  step?: (written: number, total: number) => Promise<void>;
}

/** Rows written between two turns of the event loop. */
const PART = 100;

/** Writes the plans in parts, awaiting `step` between them. */
async function writeInParts(db: Db, a: Analysis, step: NonNullable<CommitDeps['step']>, progress: (written: number) => void): Promise<void> {
  const total = a.plans.length;
  a.importer.beforeWrite?.(db);
  for (let from = 0; from < total; from += PART) {
    const part = a.plans.slice(from, from + PART);
    if (a.importer.writeAll) a.importer.writeAll(db, part, (n) => progress(from + n));
    else part.forEach((plan) => plan.write(db));
    progress(from + part.length);
    await step(from + part.length, total);
  }
}

const LIMIT = 1000;
/** Rows this connection has written so far (the workspace is locked to this one connection). */
const changesOf = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

export async function previewImport(db: Db, request: ImportRequest, now: Date): Promise<ImportPreview> {
  const file = await readSource(request.source, request.entity);
  const table = await file.table();
  const a = analyse(db, request.entity, table, request.mapping, request.options, now.toISOString());
  const errorSet = new Set(a.errorRows);
  const held = a.importer.held?.();
  // Each list is in row order: the first LIMIT of each hold the first LIMIT rows (a label each is made only for those).
  const firstErrors = new Map<number, string>();
  for (const issue of a.rowIssues) if (!firstErrors.has(issue.row) && firstErrors.size < LIMIT) firstErrors.set(issue.row, issue.message);
  const rows = [
    ...a.plans.slice(0, LIMIT).map((p) => ({ row: p.row, action: p.action, label: p.label })),
    ...(held?.rows ?? []),
    ...[...firstErrors].map(([row, label]) => ({ row, action: 'error' as const, label })),
  ].sort((x, y) => x.row - y.row);
  const errors = [...a.fileIssues, ...a.rowIssues];
  return {
    entity: request.entity,
    format: file.format,
    fingerprint: file.fingerprint,
    columns: a.columns,
    fields: fieldsOf(request.entity),
    rowCount: a.dataRows,
    create: a.plans.filter((p) => p.action === 'create').length,
    update: a.plans.filter((p) => p.action === 'update').length,
    errorRows: errorSet.size,
    dateOrder: a.dateOrder,
    numberStyles: a.numberStyles,
    willCreate: { roles: [...a.catalogue.roles.missing.values()], skills: [...a.catalogue.skills.missing.values()] },
    rows: rows.slice(0, LIMIT),
    errors: errors.slice(0, LIMIT),
    errorCount: errors.length,
    warnings: a.warnings.slice(0, LIMIT),
    warningCount: a.warnings.length,
    ...(held ? { tool: held.tool, unmatched: held.unmatched, unchanged: held.unchanged, skippedRows: held.skipped } : {}),
  };
}

/** An actuals file can't be committed while names wait for an answer, and says so when it holds nothing new. */
function refuseHeld(a: Analysis): void {
  const held = a.importer.held?.();
  if (!held) return;
  if (held.unmatchedRows > 0) {
    const names = held.unmatched.slice(0, 3).map((u) => `'${u.name}'`).join(', ');
    refuse(`Nothing was imported: ${held.unmatchedRows} ${held.unmatchedRows === 1 ? 'row names' : 'rows name'} people or campaigns the workspace doesn't have (${names}${held.unmatched.length > 3 ? ', …' : ''}). Map each name to a person or campaign, or skip its rows.`);
  }
  if (a.plans.length === 0 && held.unchanged > 0) refuse(`Nothing was imported: all ${held.unchanged} rows are already in the workspace as they are.`);
}

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

/** The file's table, refusing a file that is no longer the one with `fingerprint`. */
async function readUnchanged(request: ImportRequest, fingerprint: string | undefined): Promise<{ table: ImportTable; fingerprint: string }> {
  const file = await readSource(request.source, request.entity);
  if (fingerprint && fingerprint !== file.fingerprint) {
    throw new AppError('conflict', 'The file has changed since the preview. Preview it again before importing.');
  }
  return { table: await file.table(), fingerprint: file.fingerprint };
}

/**
 * Reads and analyses the file. Its bytes and table are not kept (a 200,000-row file is over 100 MB
 * of cells), only the plans: the file is read again in the rare case it must be analysed again.
 */
async function analyseFile(db: Db, request: ImportRequest, fingerprint: string | undefined, nowIso: string): Promise<{ a: Analysis; fingerprint: string }> {
  const read = await readUnchanged(request, fingerprint);
  return { a: analyse(db, request.entity, read.table, request.mapping, request.options, nowIso), fingerprint: read.fingerprint };
}

/**
 * The checked backup the import is written after, begun at once: SQLite copies the workspace here
 * while the file is read, and the full check of the copy runs in a worker thread meanwhile. It is
 * let go if the import is refused, so refused attempts don't push older backups out.
 */
function backupAlongside(db: Db, deps: CommitDeps) {
  const taking = takeBackup(db, deps.backupDir, 'import', deps.now, { prune: false });
  taking.catch(() => undefined); // awaited below, or let go when the import is refused first
  return {
    ready: () => taking,
    discard: async () => {
      const path = await taking.catch(() => null);
      if (path) removeDbFile(path);
    },
  };
}

/** Tries before giving up when the workspace keeps changing while an import waits for its backup. */
const ATTEMPTS = 3;

/**
 * The analysis and the checked backup of the workspace it was made against. Nothing is written
 * while the file is read and the backup taken, or (rare) both are done again.
 */
async function analyseWithBackup(db: Db, request: ImportRequest & { fingerprint?: string }, deps: CommitDeps, nowIso: string): Promise<{ a: Analysis; backup: string }> {
  let fingerprint = request.fingerprint;
  for (let attempt = 1; ; attempt++) {
    const changesBefore = changesOf(db);
    const pending = backupAlongside(db, deps);
    let a: Analysis;
    try {
      const read = await analyseFile(db, request, fingerprint, nowIso);
      ({ a, fingerprint } = read);
      refuseAnalysis(a, request, attempt > 1);
    } catch (error) {
      await pending.discard();
      throw error;
    }
    const backup = await pending.ready();
    if (changesOf(db) === changesBefore) return { a, backup };
    removeDbFile(backup); // it may miss what was written meanwhile
    if (attempt === ATTEMPTS) refuse('Nothing was imported: the workspace kept changing during the import. Try again.');
  }
}

export async function commitImport(db: Db, request: ImportRequest & { fingerprint?: string }, deps: CommitDeps): Promise<ImportResult> {
  const { a, backup } = await analyseWithBackup(db, request, deps, deps.now.toISOString());
  pruneBackups(dirname(backup), deps.now);
  const [one, many] = ENTITY_NOUNS[request.entity];
  const label = `Import ${a.plans.length} ${a.plans.length === 1 ? one : many}`;
  const progress = (written: number) => deps.onProgress?.(written / a.plans.length);
  const { step } = deps;
  if (step) await recordLongChange(db, label, () => writeInParts(db, a, step, progress));
  else {
    recordChange(db, label, () => {
      a.importer.beforeWrite?.(db);
      if (a.importer.writeAll) a.importer.writeAll(db, a.plans, progress);
      else a.plans.forEach((plan, i) => (plan.write(db), (i & 63) === 63 && progress(i + 1)));
    });
  }
  deps.onProgress?.(1);
  return {
    entity: request.entity,
    created: a.plans.filter((p) => p.action === 'create').length,
    updated: a.plans.filter((p) => p.action === 'update').length,
    skipped: a.errorRows.length + (a.importer.held?.().skipped ?? 0),
    rolesCreated: a.catalogue.roles.created,
    skillsCreated: a.catalogue.skills.created,
    label,
    backup: basename(backup),
  };
}

/** Refuses an analysis with problems (a second analysis, after the workspace changed, says so). */
function refuseAnalysis(a: Analysis, request: ImportRequest, again: boolean): void {
  const hasErrors = a.rowIssues.length > 0 && !request.options.skipErrorRows;
  if (again && (a.fileIssues.length || hasErrors)) refuse('Nothing was imported: the workspace changed during the import. Preview again.');
  if (a.fileIssues.length) refuse(`Nothing was imported: ${a.fileIssues[0].message}`);
  if (hasErrors) {
    const n = a.errorRows.length;
    refuse(`Nothing was imported: ${n} row${n === 1 ? ' has' : 's have'} errors (first: ${a.rowIssues[0].message}). Fix the file, or choose to leave those rows out.`);
  }
  refuseHeld(a);
  if (a.plans.length === 0) refuse('Nothing was imported: no row can be imported.');
}
