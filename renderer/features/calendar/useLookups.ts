import { useMemo } from 'react';
import { useStore } from '../../store';
import { lookupsOf, type Lookups } from './lookups';

/** The lookups for a component, new only when one of the lists changes. */
export function useLookups(): Lookups {
  const allPeople = useStore((s) => s.allPeople);
  const personById = useStore((s) => s.personById);
  const allCampaigns = useStore((s) => s.allCampaigns);
  const campaignById = useStore((s) => s.campaignById);
  const roles = useStore((s) => s.roles);
  const info = useStore((s) => s.info);
  return useMemo(() => lookupsOf({ allPeople, personById, allCampaigns, campaignById, roles, info }), [allPeople, personById, allCampaigns, campaignById, roles, info]);
}
