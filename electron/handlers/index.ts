import type { Handlers } from '@shared/contract';
import { installHistory } from '../db/repos/history';
import { actualsHandlers } from './actuals';
import { announcing } from './announce';
import { appHandlers } from './app';
import { availabilityHandlers } from './availability';
import { backupHandlers } from './backups';
import { bookingHandlers } from './bookings';
import { campaignHandlers } from './campaigns';
import { CapacityModel } from '../capacity/model';
import { capacityHandlers } from './capacity';
import { localIsoDate, type HandlerContext } from './context';
import { holidayHandlers } from './holidays';
import { ioHandlers } from './io';
import { listHandlers } from './lists';
import { moneyHandlers } from './money';
import { snapshotHandlers } from './snapshots';
import { staffingHandlers } from './staffing';
import { talentHandlers } from './talent';

export type { HandlerContext } from './context';

/**
 * The handler table: one function per contract channel, bound to one open workspace. Each write
 * announces what it changed to the window once it has committed.
 */
export function createHandlers(ctx: HandlerContext): Handlers {
  installHistory(ctx.db);
  const model = new CapacityModel(ctx.db, () => localIsoDate(ctx.now()));
  model.warmSoon();
  return announcing(ctx, {
    ...appHandlers(ctx),
    ...holidayHandlers(ctx),
    ...backupHandlers(ctx),
    ...talentHandlers(ctx, model),
    ...availabilityHandlers(ctx, model),
    ...listHandlers(ctx),
    ...campaignHandlers(ctx, model),
    ...bookingHandlers(ctx, model),
    ...ioHandlers(ctx),
    ...capacityHandlers(ctx, model),
    ...snapshotHandlers(ctx, model),
    ...staffingHandlers(ctx, model),
    ...moneyHandlers(ctx, model),
    ...actualsHandlers(ctx, model),
  } satisfies Handlers);
}
