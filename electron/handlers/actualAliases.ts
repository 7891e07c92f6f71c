import { aliasKey, type AliasKind, type NameMapping } from '@shared/actuals/types';
import type { Handlers } from '@shared/contract';
import { deleteAlias, getNameMapping, listNameMappings, retargetAlias } from '../db/repos/actualAliases';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import { getTalent } from '../db/repos/talent';
import type { HandlerContext } from './context';
import { found } from './found';

const NOUN: Record<AliasKind, string> = { person: 'person', campaign: 'campaign' };

/** Settings → Name mappings: the names imports remembered, seen, pointed elsewhere or forgotten. */
export function actualAliasHandlers({ db }: HandlerContext) {
  const mapping = (kind: AliasKind, sourceName: string): NameMapping =>
    found(getNameMapping(db, kind, aliasKey(sourceName)), `remembered ${NOUN[kind]} name`, 'sourceName');
  return {
    'actuals:aliases': () => listNameMappings(db),
    'actuals:forgetAlias': ({ kind, sourceName }) => {
      const m = mapping(kind, sourceName);
      return recordChange(db, `Forget that ‘${m.shownName}’ is ${m.targetName ?? `a deleted ${NOUN[kind]}`}`, () => {
        deleteAlias(db, m);
        return { forgotten: m };
      });
    },
    'actuals:setAlias': ({ kind, sourceName, targetId }) => {
      const m = mapping(kind, sourceName);
      const target = kind === 'person' ? found(getTalent(db, targetId), 'person', 'targetId') : found(getCampaign(db, targetId), 'campaign', 'targetId');
      return recordChange(db, `Map ‘${m.shownName}’ to ${target.name}`, () => {
        retargetAlias(db, { kind, sourceName: m.sourceName, targetId });
        return getNameMapping(db, kind, m.sourceName)!;
      });
    },
  } satisfies Partial<Handlers>;
}
