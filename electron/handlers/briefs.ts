import type { Handlers, ListDeleteImpact } from '@shared/contract';
import type { CampaignStatus } from '@shared/domain';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { getCampaign } from '../db/repos/campaigns';
import {
  deleteBrief, deleteMarketingChannel, getBrief, getMarketingChannel, insertMarketingChannel, intakeRows, listMarketingChannels, mergeMarketingChannel,
  renameMarketingChannel, saveBrief,
} from '../db/repos/briefs';
import { recordChange } from '../db/repos/history';
import type { HandlerContext } from './context';
import { found } from './found';

/** The statuses of the intake list: pitches not yet confirmed. */
export const INTAKE_STATUSES: CampaignStatus[] = ['pipeline'];

const briefsOf = (n: number) => `${n} ${n === 1 ? 'brief' : 'briefs'}`;

function channelDeleteImpact(db: Db, id: number): ListDeleteImpact {
  const channel = found(getMarketingChannel(db, id), 'channel');
  const message = channel.briefs
    ? `Deleting “${channel.name}” takes it off ${briefsOf(channel.briefs)}.`
    : `No brief names “${channel.name}”: deleting it changes nothing else.`;
  return { people: 0, demandLines: 0, bookings: 0, blocked: null, message };
}

/** Briefs on campaigns, the intake list of pitches, and the studio's list of marketing channels. */
export function briefHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'briefs:get': ({ campaignId }) => {
      found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      return getBrief(db, campaignId) ?? null;
    },
    'briefs:save': (brief) => {
      const campaign = found(getCampaign(db, brief.campaignId), 'campaign', 'campaignId');
      brief.channels.forEach((id, i) => {
        if (!getMarketingChannel(db, id)) throw new AppError('invalid_input', 'Channels: one of them is no longer in the studio’s list. Choose the channels again.', `channels.${i}`);
      });
      const label = `${getBrief(db, campaign.id) ? 'Edit' : 'Add'} the brief of ${campaign.name}`;
      recordChange(db, label, () => saveBrief(db, brief, ctx.now().toISOString()));
      return found(getBrief(db, campaign.id), 'brief');
    },
    'briefs:delete': ({ campaignId }) => {
      const campaign = found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      found(getBrief(db, campaignId), 'brief');
      recordChange(db, `Clear the brief of ${campaign.name}`, () => deleteBrief(db, campaignId));
    },
    'briefs:intake': () => intakeRows(db, INTAKE_STATUSES),

    'marketingChannels:list': () => listMarketingChannels(db),
    'marketingChannels:create': ({ name }) =>
      found(getMarketingChannel(db, recordChange(db, `Add channel ${name}`, () => insertMarketingChannel(db, name))), 'channel'),
    'marketingChannels:update': ({ id, name }) => {
      const channel = found(getMarketingChannel(db, id), 'channel');
      if (name !== undefined) recordChange(db, `Rename channel ${channel.name} to ${name}`, () => renameMarketingChannel(db, id, name));
      return found(getMarketingChannel(db, id), 'channel');
    },
    'marketingChannels:deleteImpact': ({ id }) => channelDeleteImpact(db, id),
    'marketingChannels:delete': ({ id }) => {
      const channel = found(getMarketingChannel(db, id), 'channel');
      recordChange(db, `Delete channel ${channel.name}`, () => deleteMarketingChannel(db, id));
    },
    'marketingChannels:merge': ({ fromId, intoId }) => {
      const [from, into] = [found(getMarketingChannel(db, fromId), 'channel', 'fromId'), found(getMarketingChannel(db, intoId), 'channel', 'intoId')];
      const label = `Merge channel ${from.name} into ${into.name}`;
      recordChange(db, label, () => mergeMarketingChannel(db, fromId, intoId));
      return { label };
    },
  } satisfies Partial<Handlers>;
}
