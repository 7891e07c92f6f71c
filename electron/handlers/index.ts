import type { Handlers } from '@shared/contract';
import { installHistory } from '../db/repos/history';
import { appHandlers } from './app';
import { availabilityHandlers } from './availability';
import { backupHandlers } from './backups';
import { bookingHandlers } from './bookings';
import { campaignHandlers } from './campaigns';
import type { HandlerContext } from './context';
import { holidayHandlers } from './holidays';
import { listHandlers } from './lists';
import { talentHandlers } from './talent';

export type { HandlerContext } from './context';

/** The handler table: one function per contract channel, bound to one open workspace. */
export function createHandlers(ctx: HandlerContext): Handlers {
  installHistory(ctx.db);
  return {
    ...appHandlers(ctx),
    ...holidayHandlers(ctx),
    ...backupHandlers(ctx),
    ...talentHandlers(ctx),
    ...availabilityHandlers(ctx),
    ...listHandlers(ctx),
    ...campaignHandlers(ctx),
    ...bookingHandlers(ctx),
  } satisfies Handlers;
}
