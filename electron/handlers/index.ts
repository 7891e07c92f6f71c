import type { Handlers } from '@shared/contract';
import { installHistory } from '../db/repos/history';
import { actualAliasHandlers } from './actualAliases';
import { actualsHandlers } from './actuals';
import { announcing } from './announce';
import { appHandlers } from './app';
import { availabilityHandlers } from './availability';
import { backupHandlers } from './backups';
import { bookingHandlers } from './bookings';
import { briefHandlers } from './briefs';
import { campaignHandlers } from './campaigns';
import { CapacityModel } from '../capacity/model';
import { capacityHandlers } from './capacity';
import { deliveryHandlers } from './delivery';
import { localIsoDate, type HandlerContext } from './context';
import { holidayHandlers } from './holidays';
import { ioHandlers, ioTasksOf } from './io';
import { listHandlers } from './lists';
import { moneyHandlers } from './money';
import { phaseHandlers } from './phases';
import { phaseEditHandlers } from './phaseEdits';
import { retroHandlers } from './retros';
import { snapshotHandlers } from './snapshots';
import { staffingHandlers } from './staffing';
import { ProposalStore } from '../staffing/proposals';
import { talentHandlers } from './talent';
import { templateHandlers } from './templates';

export type { HandlerContext } from './context';

/**
 * The handler table: one function per contract channel, bound to one open workspace. Each write
 * announces what it changed to the window once it has committed.
 */
export function createHandlers(ctx: HandlerContext): Handlers {
  installHistory(ctx.db);
  const model = new CapacityModel(ctx.db, () => localIsoDate(ctx.now()));
  model.warmSoon();
  const tasks = ioTasksOf(ctx);
  // One store of staffing proposals: "Book it" proposes through the optimiser, staffing:accept writes it.
  const proposals = new ProposalStore(ctx.db);
  return announcing(ctx, {
    ...appHandlers(ctx),
    ...holidayHandlers(ctx),
    ...backupHandlers(ctx),
    ...talentHandlers(ctx, model),
    ...availabilityHandlers(ctx, model),
    ...listHandlers(ctx),
    ...campaignHandlers(ctx, model),
    ...briefHandlers(ctx),
    ...bookingHandlers(ctx, model),
    ...ioHandlers(ctx, tasks),
    ...capacityHandlers(ctx, model),
    ...snapshotHandlers(ctx, model),
    ...staffingHandlers(ctx, model, tasks, proposals),
    ...moneyHandlers(ctx, model),
    ...templateHandlers(ctx),
    ...phaseHandlers(ctx, model),
    ...phaseEditHandlers(ctx, model),
    ...deliveryHandlers(ctx, model, proposals),
    ...actualsHandlers(ctx, model, tasks),
    ...actualAliasHandlers(ctx),
    ...retroHandlers(ctx, model),
  } satisfies Handlers);
}
