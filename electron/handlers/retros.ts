import type { Handlers, RetroAction } from '@shared/contract';
import { AppError } from '@shared/errors';
import { actualsModelFor } from '../actuals/model';
import type { CapacityModel } from '../capacity/model';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import {
  deleteRetro, getRetro, insertRetro, insertRetroAction, listRetroActions, listRetros, touchRetro, updateRetroAction, updateRetroNotes,
} from '../db/repos/retros';
import { getTalent } from '../db/repos/talent';
import type { Db } from '../db/open';
import { retroReport } from '../retros/report';
import { exportRetroHtml, exportRetroPdf } from '../retros/export';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';

const ownerOrThrow = (db: Db, ownerId: number | null) => (ownerId === null ? null : found(getTalent(db, ownerId), 'person', 'ownerId'));

/** Retrospectives: notes and actions the team writes, and the report of what happened against the plan. */
export function retroHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const today = () => localIsoDate(ctx.now());
  const stamp = () => ctx.now().toISOString();
  const retroOrThrow = (id: number, field = 'id') => found(getRetro(db, id), 'retrospective', field);
  const actionOrThrow = (id: number): RetroAction => found(listRetroActions(db, today(), { id })[0], 'action', 'id');
  const report = (id: number) => retroReport(db, model, actualsModelFor(db), retroOrThrow(id), today());
  return {
    'retros:list': () => listRetros(db),
    'retros:openActions': () => listRetroActions(db, today(), { openOnly: true }),
    'retros:create': ({ title, campaignId, start, end, worked, stalled }) => {
      const campaign = campaignId === null ? null : found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      const from = start ?? campaign?.start;
      const to = end ?? campaign?.end;
      if (!from) throw new AppError('invalid_input', 'Start: choose the first day of the period, or a campaign.', 'start');
      if (!to) throw new AppError('invalid_input', 'End: choose the last day of the period, or a campaign.', 'end');
      if (to < from) throw new AppError('invalid_input', 'End: must be on or after the start.', 'end');
      const id = recordChange(db, `Write the retrospective “${title}”`, () =>
        insertRetro(db, { campaignId, start: from, end: to, title, worked, stalled }, stamp()));
      return retroOrThrow(id);
    },
    'retros:update': ({ id, ...patch }) => {
      const retro = retroOrThrow(id);
      recordChange(db, `Edit the retrospective “${retro.title}”`, () => updateRetroNotes(db, id, { ...retro, ...patch }, stamp()));
      return retroOrThrow(id);
    },
    'retros:delete': ({ id }) => {
      const retro = retroOrThrow(id);
      recordChange(db, `Delete the retrospective “${retro.title}”`, () => deleteRetro(db, id));
      return { id };
    },
    'retros:addAction': ({ retroId, text, ownerId, due }) => {
      const retro = retroOrThrow(retroId, 'retroId');
      ownerOrThrow(db, ownerId);
      const id = recordChange(db, `Add the action “${text}”`, () => {
        touchRetro(db, retro.id, stamp());
        return insertRetroAction(db, retro.id, { text, ownerId, due, done: null });
      });
      return actionOrThrow(id);
    },
    'retros:updateAction': ({ id, ...patch }) => {
      const action = actionOrThrow(id);
      if (patch.ownerId !== undefined) ownerOrThrow(db, patch.ownerId);
      recordChange(db, `Edit the action “${action.text}”`, () => {
        touchRetro(db, action.retroId, stamp());
        updateRetroAction(db, id, { ...action, ...patch });
      });
      return actionOrThrow(id);
    },
    'retros:completeAction': ({ id, done: sent }) => {
      const action = actionOrThrow(id);
      const done = sent === undefined ? today() : sent;
      recordChange(db, done ? `Action “${action.text}” done` : `Action “${action.text}” not done`, () => {
        touchRetro(db, action.retroId, stamp());
        updateRetroAction(db, id, { ...action, done });
      });
      return actionOrThrow(id);
    },
    'retros:report': ({ id }) => report(id),
    'retros:exportHtml': (input) => exportRetroHtml(ctx, report(input.id), input.path),
    'retros:exportPdf': (input) => exportRetroPdf(ctx, report(input.id), input.path),
  } satisfies Partial<Handlers>;
}
