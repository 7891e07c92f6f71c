import type { NameMapping } from '@shared/contract';
import { call } from '../api';
import type { Slice } from './types';

/** Settings → Name mappings: the names imports remembered (a file's name → a person or campaign). */
export interface NameMappingsSlice {
  /** Null until the section is shown; refetched when actuals, people or campaigns change. */
  nameMappings: NameMapping[] | null;
  loadNameMappings(): Promise<void>;
  /** Writes throw ApiCallError for the section to show. */
  forgetNameMapping(m: NameMapping): Promise<void>;
  retargetNameMapping(m: NameMapping, targetId: number): Promise<void>;
}

export const createNameMappingsSlice: Slice<NameMappingsSlice> = (set, get) => ({
  nameMappings: null,
  async loadNameMappings() {
    set({ nameMappings: await call('actuals:aliases', {}) });
  },
  async forgetNameMapping(m) {
    await call('actuals:forgetAlias', { kind: m.kind, sourceName: m.sourceName });
    await get().announceChange(`Forgot ‘${m.shownName}’. The next import will ask who or what it is.`);
  },
  async retargetNameMapping(m, targetId) {
    const next = await call('actuals:setAlias', { kind: m.kind, sourceName: m.sourceName, targetId });
    await get().announceChange(`‘${m.shownName}’ now maps to ${next.targetName ?? 'that'} in future imports`);
  },
});
