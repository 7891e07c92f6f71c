import { CAMPAIGN_STATUS_WORDS, type BookingStatus, type CampaignStatus } from '@shared/domain';

export const CAMPAIGN_STATUS_LABEL = CAMPAIGN_STATUS_WORDS;

export function StatusBadge({ status }: { status: CampaignStatus | BookingStatus }) {
  const label = status === 'tentative' ? 'Tentative' : CAMPAIGN_STATUS_LABEL[status];
  return <span className={`badge badge-${status}`}>{label}</span>;
}
