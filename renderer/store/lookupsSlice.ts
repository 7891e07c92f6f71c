import type { HolidayRegion } from '@shared/contract';
import type { Role, Skill } from '@shared/domain';
import { call } from '../api';
import type { Slice } from './types';

export interface LookupsSlice {
  roles: Role[];
  skills: Skill[];
  clients: string[];
  regions: HolidayRegion[];
  lookupsLoaded: boolean;
  loadLookups(): Promise<void>;
  refreshClients(): Promise<void>;
  /** Quick adds from the forms; they throw ApiCallError for the form to show. */
  createRole(name: string): Promise<Role>;
  createSkill(name: string): Promise<Skill>;
}

export const createLookupsSlice: Slice<LookupsSlice> = (set, get) => ({
  roles: [],
  skills: [],
  clients: [],
  regions: [],
  lookupsLoaded: false,

  async loadLookups() {
    try {
      const [roles, skills, clients, regions] = await Promise.all([
        call('roles:list'),
        call('skills:list'),
        call('campaigns:clients'),
        get().regions.length ? Promise.resolve(get().regions) : call('holidays:regions'),
      ]);
      set({ roles, skills, clients, regions, lookupsLoaded: true });
    } catch (error) {
      get().showError(error);
    }
  },
  async createRole(name) {
    const role = await call('roles:create', { name });
    // The form picks the new role at once; the list is refetched by the announced change.
    set((s) => ({ roles: s.roles.some((r) => r.id === role.id) ? s.roles : [...s.roles, role] }));
    await get().announceChange(`Role ${role.name} added`);
    return role;
  },
  async createSkill(name) {
    const skill = await call('skills:create', { name });
    set((s) => ({ skills: s.skills.some((k) => k.id === skill.id) ? s.skills : [...s.skills, skill] }));
    await get().announceChange(`Skill ${skill.name} added`);
    return skill;
  },
  async refreshClients() {
    try {
      set({ clients: await call('campaigns:clients') });
    } catch {
      // The client filter keeps its last list.
    }
  },
});
