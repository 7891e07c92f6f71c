// The reference lists the calendar needs to name things: people, campaigns, roles, and the
// size of the workspace (to decide when a range must be narrowed before it is drawn).
//
// People come first and campaigns second: campaigns:list carries booked-hour summaries and is
// the slow one on a large workspace, and a range drawn as daily counts needs no campaign names.

import { useCallback, useRef, useState } from 'react';
import type { CampaignSummary } from '@shared/contract';
import type { Id, Role, Talent } from '@shared/domain';
import { call, errorMessage } from '../../api';

export interface Lookups {
  talent: Talent[];
  talentById: Map<Id, Talent>;
  campaigns: CampaignSummary[];
  campaignById: Map<Id, CampaignSummary>;
  roles: Role[];
  /** All bookings in the workspace, from app:info. */
  bookingCount: number;
}

/**
 * `people` resolves once talent and roles are known; `full()` once campaigns are too. The
 * campaigns are asked for on the first call of `full()`, so the workspace answers the first
 * bookings fetch before it starts on them (the main process answers one call at a time).
 */
export interface LookupsReady {
  people: Promise<Lookups>;
  full: () => Promise<Lookups>;
}

export const emptyLookups: Lookups = {
  talent: [],
  talentById: new Map(),
  campaigns: [],
  campaignById: new Map(),
  roles: [],
  bookingCount: 0,
};

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

async function loadPeople(): Promise<Lookups> {
  const [talent, roles, info] = await Promise.all([call('talent:list', {}), call('roles:list'), call('app:info')]);
  talent.sort(byName);
  roles.sort(byName);
  return { ...emptyLookups, talent, talentById: new Map(talent.map((t) => [t.id, t])), roles, bookingCount: info.counts.bookings };
}

async function withCampaigns(people: Promise<Lookups>): Promise<Lookups> {
  const [base, campaigns] = await Promise.all([people, call('campaigns:list', {})]);
  campaigns.sort(byName);
  return { ...base, campaigns, campaignById: new Map(campaigns.map((c) => [c.id, c])) };
}

function once<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= start());
}

export function loadLookups(): LookupsReady {
  const people = loadPeople();
  return { people, full: once(() => withCampaigns(people)) };
}

const settled = (l: Lookups): LookupsReady => ({ people: Promise.resolve(l), full: () => Promise.resolve(l) });

/** People who can fill a role (primary or other). */
export function talentWithRole(lookups: Lookups, roleId: Id): Talent[] {
  return lookups.talent.filter((t) => t.primaryRoleId === roleId || t.otherRoleIds.includes(roleId));
}

/** The last lists loaded, kept across visits so reopening the calendar draws at once. */
let lastLoaded: Lookups | null = null;

/**
 * Lookups as React state, plus the promises the event sources await so that a fetch never names
 * people before the names are known. Reopening the calendar starts from the last lists loaded
 * and refreshes them in the background (`onRefreshed` then refetches).
 */
export function useLookups(onError: (message: string) => void, onRefreshed: () => void) {
  const [lookups, setLookups] = useState<Lookups>(lastLoaded ?? emptyLookups);
  const ready = useRef<LookupsReady>(null as unknown as LookupsReady);
  const callbacks = useRef({ onError, onRefreshed });
  callbacks.current = { onError, onRefreshed };

  /** Loads afresh; `eager` asks for the campaigns at once rather than on first need. */
  const reload = useCallback((eager = true): Promise<Lookups> => {
    const next = loadLookups();
    const safe = (p: Promise<Lookups>) =>
      p.catch((e: unknown) => {
        callbacks.current.onError(errorMessage(e));
        return lastLoaded ?? emptyLookups;
      });
    const people = safe(next.people);
    const full = once(() => {
      const p = safe(next.full());
      void p.then((l) => {
        lastLoaded = l;
        setLookups(l);
        ready.current = settled(l);
      });
      return p;
    });
    void people.then((l) => setLookups((current) => (current.campaigns.length ? { ...l, campaigns: current.campaigns, campaignById: current.campaignById } : l)));
    if (!ready.current || !lastLoaded) ready.current = { people, full };
    return eager ? full() : people;
  }, []);

  // Started during the first render: FullCalendar fetches on mount, before parent effects run.
  if (!ready.current) {
    if (lastLoaded) {
      ready.current = settled(lastLoaded);
      void reload().then(() => callbacks.current.onRefreshed());
    } else reload(false);
  }
  return { lookups, ready, reload };
}
