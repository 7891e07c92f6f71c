import { useEffect, useState } from 'react';
import type { DemandLineSummary } from '@shared/contract';
import type { Id } from '@shared/domain';
import { call } from '../../api';

/** The demand lines of one campaign (empty while none is chosen or while loading). */
export function useDemandLines(campaignId: Id | null): DemandLineSummary[] {
  const [lines, setLines] = useState<{ campaignId: Id | null; lines: DemandLineSummary[] }>({ campaignId: null, lines: [] });
  useEffect(() => {
    if (campaignId === null) return;
    let live = true;
    call('demandLines:list', { campaignIds: [campaignId] })
      .then((found) => live && setLines({ campaignId, lines: found }))
      .catch(() => live && setLines({ campaignId, lines: [] }));
    return () => {
      live = false;
    };
  }, [campaignId]);
  return lines.campaignId === campaignId ? lines.lines : [];
}
