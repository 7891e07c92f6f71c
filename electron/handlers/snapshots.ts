import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { CapacityModel } from '../capacity/model';
import { annotateSnapshot, deleteSnapshot, getSnapshotSummary, listSnapshots, renameSnapshot } from '../db/repos/snapshots';
import { compareSnapshots } from '@shared/snapshots/compare';
import { exportHtml, exportPdf } from '../snapshots/export';
import { autoCheck, readSchedule, snapshotOrThrow, takeSnapshot, writeSchedule } from '../snapshots/service';
import { getRole } from '../db/repos/roles';
import type { HandlerContext } from './context';
import { found } from './found';

/** Capacity snapshots: take, read, rename or annotate, delete, compare, share, and the weekly schedule. */
export function snapshotHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const summaryOrThrow = (id: number) => {
    const summary = getSnapshotSummary(db, id);
    if (!summary) throw new AppError('not_found', 'That snapshot no longer exists.');
    return summary;
  };
  return {
    'snapshots:list': () => listSnapshots(db),
    'snapshots:take': (input) => {
      if (input.filter.roleId !== undefined) found(getRole(db, input.filter.roleId), 'role', 'filter.roleId');
      return takeSnapshot(ctx, model, input);
    },
    'snapshots:get': ({ id }) => snapshotOrThrow(ctx, id),
    'snapshots:rename': ({ id, name }) => {
      if (!renameSnapshot(db, id, name)) throw new AppError('not_found', 'That snapshot no longer exists.');
      return summaryOrThrow(id);
    },
    'snapshots:annotate': ({ id, note }) => {
      if (!annotateSnapshot(db, id, note)) throw new AppError('not_found', 'That snapshot no longer exists.');
      return summaryOrThrow(id);
    },
    'snapshots:delete': ({ id }) => {
      if (!deleteSnapshot(db, id)) throw new AppError('not_found', 'That snapshot no longer exists.');
      return { id };
    },
    'snapshots:compare': ({ baseId, id }) => compareSnapshots(snapshotOrThrow(ctx, baseId), snapshotOrThrow(ctx, id)),
    'snapshots:exportHtml': (input) => exportHtml(ctx, input),
    'snapshots:exportPdf': (input) => exportPdf(ctx, input),
    'snapshots:schedule': () => readSchedule(ctx),
    'snapshots:setSchedule': ({ enabled, weekday }) => {
      const current = readSchedule(ctx);
      return writeSchedule(ctx, { enabled: enabled ?? current.enabled, weekday: weekday ?? current.weekday });
    },
    'snapshots:autoCheck': () => autoCheck(ctx, model),
  } satisfies Partial<Handlers>;
}
