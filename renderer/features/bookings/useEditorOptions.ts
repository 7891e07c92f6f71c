import { useEffect, useState } from 'react';
import type { CampaignSummary } from '@shared/contract';
import type { Talent } from '@shared/domain';
import { call } from '../../api';

export interface EditorOptions {
  people: Talent[];
  campaigns: CampaignSummary[];
}

/** Everyone and every campaign, for the editor's choices (whatever a view's filters show). */
export function useEditorOptions(): EditorOptions {
  const [options, setOptions] = useState<EditorOptions>({ people: [], campaigns: [] });
  useEffect(() => {
    let live = true;
    void Promise.all([call('talent:list', {}), call('campaigns:list', {})])
      .then(([people, campaigns]) => live && setOptions({ people: [...people].sort((a, b) => a.name.localeCompare(b.name)), campaigns }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return options;
}
