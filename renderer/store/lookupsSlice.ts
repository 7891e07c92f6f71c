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
  /** Roles and skills quick-added in an open form, kept only if the form is saved. */
  createdInForm: { roles: number[]; skills: number[]; channels: number[] };
  /** The form was saved: what it added stays. */
  keepCreatedInForm(): void;
  /** The form was cancelled: what it added goes again (unless something uses it by now). */
  discardCreatedInForm(): Promise<void>;
}

export const createLookupsSlice: Slice<LookupsSlice> = (set, get) => ({
  roles: [],
  skills: [],
  clients: [],
  regions: [],
  lookupsLoaded: false,
  createdInForm: { roles: [], skills: [], channels: [] },

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
    set((s) => ({ roles: s.roles.some((r) => r.id === role.id) ? s.roles : [...s.roles, role], createdInForm: { ...s.createdInForm, roles: [...s.createdInForm.roles, role.id] } }));
    await get().announceChange(`Role ${role.name} added`);
    return role;
  },
  async createSkill(name) {
    const skill = await call('skills:create', { name });
    set((s) => ({ skills: s.skills.some((k) => k.id === skill.id) ? s.skills : [...s.skills, skill], createdInForm: { ...s.createdInForm, skills: [...s.createdInForm.skills, skill.id] } }));
    await get().announceChange(`Skill ${skill.name} added`);
    return skill;
  },
  keepCreatedInForm() {
    set({ createdInForm: { roles: [], skills: [], channels: [] } });
  },
  async discardCreatedInForm() {
    const { roles, skills, channels } = get().createdInForm;
    if (roles.length === 0 && skills.length === 0 && channels.length === 0) return;
    set({ createdInForm: { roles: [], skills: [], channels: [] } });
    const gone = (p: Promise<unknown>) => p.then(() => true, () => false); // one in use by now stays
    await Promise.all([
      ...roles.map((id) => gone(call('roles:delete', { id }))),
      ...skills.map((id) => gone(call('skills:delete', { id }))),
      ...channels.map((id) => gone(call('marketingChannels:delete', { id }))),
    ]);
    set({ roles: await call('roles:list'), skills: await call('skills:list') });
    if (channels.length) set({ marketingChannels: await call('marketingChannels:list', {}) });
    await get().refreshHistory();
  },
  async refreshClients() {
    try {
      set({ clients: await call('campaigns:clients') });
    } catch {
      // The client filter keeps its last list.
    }
  },
});
