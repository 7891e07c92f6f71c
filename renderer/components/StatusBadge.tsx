import type { BookingStatus, CampaignStatus } from '@shared/domain';

export const CAMPAIGN_STATUS_LABEL: Record<CampaignStatus, string> = {
  pipeline: 'Pipeline',
  confirmed: 'Confirmed',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export function StatusBadge({ status }: { status: CampaignStatus | BookingStatus }) {
  const label = status === 'tentative' ? 'Tentative' : CAMPAIGN_STATUS_LABEL[status];
  return <span className={`badge badge-${status}`}>{label}</span>;
}
