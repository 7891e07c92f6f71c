import type { z } from 'zod';
import { actualsChannels } from './actuals';
import { appChannels } from './app';
import { availabilityChannels } from './availability';
import { backupChannels } from './backups';
import { bookingChannels } from './bookings';
import { briefChannels } from './briefs';
import { campaignChannels } from './campaigns';
import { capacityChannels } from './capacity';
import { deliveryChannels } from './delivery';
import { holidayChannels } from './holidays';
import { ioChannels } from './io';
import { moneyChannels } from './money';
import { phaseChannels } from './phases';
import { retroChannels } from './retros';
import type { Channel } from './channel';
import { listChannels } from './lists';
import { snapshotChannels } from './snapshots';
import { staffingChannels } from './staffing';
import { talentChannels } from './talent';

export type * from './actuals';
export type * from './app';
export type * from './availability';
export type * from './backups';
export type * from './bookings';
export type * from './briefs';
export type * from './campaigns';
export type * from './capacity';
export type * from './changes';
export type * from './delivery';
export type * from './holidays';
export type * from './io';
export type * from './money';
export type * from './phases';
export type * from './retros';
export type * from './lists';
export type * from './snapshots';
export type * from './staffing';
export type * from './talent';

/**
 * Every channel the renderer can call: `area:verb` → its input schema and result type.
 * Each area declares its channels in shared/contract/<area>.ts.
 */
export const contract = {
  ...appChannels,
  ...holidayChannels,
  ...backupChannels,
  ...talentChannels,
  ...availabilityChannels,
  ...listChannels,
  ...campaignChannels,
  ...briefChannels,
  ...bookingChannels,
  ...capacityChannels,
  ...ioChannels,
  ...snapshotChannels,
  ...staffingChannels,
  ...moneyChannels,
  ...phaseChannels,
  ...deliveryChannels,
  ...actualsChannels,
  ...retroChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

type ChannelOf<C extends ChannelName> = Contract[C];
/** What the renderer may send (defaults not yet applied). */
export type Input<C extends ChannelName> = ChannelOf<C> extends Channel<infer I, unknown> ? z.input<I> : never;
/** What a handler receives: the input after validation and defaults. */
export type ParsedInput<C extends ChannelName> = ChannelOf<C> extends Channel<infer I, unknown> ? z.output<I> : never;
export type Result<C extends ChannelName> = ChannelOf<C> extends Channel<z.ZodType, infer R> ? R : never;

/** The handler table's type: one function per channel. A missing channel fails to compile. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Result<C> | Promise<Result<C>>;
};

/** The API the preload exposes as `window.api`. */
export interface PreloadApi {
  invoke(channel: ChannelName, input: unknown): Promise<import('../errors').Envelope<unknown>>;
  /** Events pushed from the main process (menu commands, workspace changes). Returns an unsubscribe. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export type AppEvent =
  | { type: 'menu'; command: MenuCommand }
  | { type: 'workspace-changed' }
  /** A committed write: what it changed (see changes.ts). */
  | { type: 'changed'; change: import('./changes').WorkspaceChange }
  /** A long import or export: `done` of `total` (any unit); `finished` once it ended, however it ended. */
  | { type: 'progress'; operation: 'import' | 'export'; label: string; done: number; total: number; finished: boolean };

export type MenuCommand =
  | 'undo' | 'redo' | 'about' | 'new-talent' | 'new-campaign' | 'new-booking'
  | 'view:people' | 'view:campaigns' | 'view:calendar' | 'view:schedule' | 'view:capacity' | 'view:staffing' | 'view:snapshots' | 'view:settings';
