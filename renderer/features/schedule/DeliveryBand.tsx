import { useEffect } from 'react';
import type { CampaignSummary } from '@shared/contract';
import { formatDate } from '../../lib/format';
import { useStore } from '../../store';
import { daysLate } from '../../store/deliverySlice';

/** At most this many campaigns in the open-demand panel get their delivery worked out (each is one answer). */
export const BAND_CAMPAIGNS = 12;

/** Asks "When can we deliver?" for the first campaigns the panel lists, while it is open. */
export function useDeliveryBands(campaigns: readonly CampaignSummary[]): void {
  const estimate = useStore((s) => s.estimateDeliveries);
  const key = campaigns.slice(0, BAND_CAMPAIGNS).map((c) => `${c.id}:${c.start}`).join(',');
  useEffect(() => {
    const pitches = key ? key.split(',').map((k) => ({ campaignId: Number(k.split(':')[0]), start: k.split(':')[1] })) : [];
    void estimate(pitches);
    return () => void estimate([]);
  }, [key, estimate]);
}

/** "Earliest delivery 12 Mar 2027 · 3 days after its end" on a campaign's first open line. */
export function DeliveryBand({ campaign }: { campaign: CampaignSummary }) {
  const e = useStore((s) => s.deliveryEstimates[campaign.id]);
  if (!e) return null;
  if (e.error || e.finish === null) {
    return <div className="sch-demand-band sch-demand-band-late" title={e.error ?? e.reason}>{e.error ? 'Delivery can’t be worked out yet' : 'No delivery within a year'}</div>;
  }
  const late = daysLate(e.finish, campaign.end) ?? 0;
  return (
    <div className={`sch-demand-band ${late > 0 ? 'sch-demand-band-late' : 'sch-demand-band-ok'}`} title={`When can we deliver? ${campaign.name} can finish on ${formatDate(e.finish)}; it ends on ${formatDate(campaign.end)}. ${e.reason}`}>
      {`Earliest delivery ${formatDate(e.finish)} · ${late > 0 ? `${late} day${late === 1 ? '' : 's'} after its end` : 'by its end'}`}
    </div>
  );
}
