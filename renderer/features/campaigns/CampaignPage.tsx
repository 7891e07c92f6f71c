import { useState } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useStore } from '../../store';
import { TopBar } from '../shell/TopBar';
import { BriefCard } from '../briefs/BriefCard';
import { ActualsCard } from './ActualsCard';
import { BookingsCard } from './BookingsCard';
import { CampaignDialog } from './CampaignDialog';
import { CampaignSummaryCard } from './CampaignSummaryCard';
import { DemandLinesCard } from './DemandLinesCard';
import { PhasesCard } from './PhasesCard';
import { DeliveryCard } from './DeliveryCard';

/** One campaign: its details, its demand lines, its bookings and its cost against budget. */
export function CampaignPage() {
  const detail = useStore((s) => s.campaignDetail);
  const error = useStore((s) => s.campaignDetailError);
  const openCampaign = useStore((s) => s.openCampaign);
  const impact = useStore((s) => s.campaignDeleteImpact);
  const remove = useStore((s) => s.deleteCampaign);
  const showError = useStore((s) => s.showError);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<string | null>(null);

  const back = () => openCampaign(null);
  const title = (
    <>
      <button type="button" className="crumb-link" onClick={back}>
        Campaigns
      </button>
      <Icon name="chevronRight" size={14} className="crumb-sep" />
      <h1 className="crumb-title">{detail?.campaign.name ?? ''}</h1>
    </>
  );

  if (error)
    return (
      <>
        <TopBar title={title} />
        <div className="content">
          <EmptyState icon="campaigns" title="This campaign is no longer here" actions={<Button onClick={back}>Back to campaigns</Button>}>
            {error}
          </EmptyState>
        </div>
      </>
    );
  if (!detail)
    return (
      <>
        <TopBar title={title} />
        <div className="content">
          <div className="boot">
            <span className="spinner" />
          </div>
        </div>
      </>
    );

  const c = detail.campaign;
  async function askDelete() {
    try {
      setConfirm((await impact(c.id)).message);
    } catch (e) {
      showError(e);
    }
  }

  return (
    <>
      <TopBar
        title={title}
        actions={
          <>
            <Button icon="trash" variant="ghost" className="danger-text" onClick={() => void askDelete()}>
              Delete
            </Button>
            <Button icon="edit" onClick={() => setEditing(true)}>
              Edit campaign
            </Button>
          </>
        }
      />
      <div className="content">
        <div className="view-pad page-stack">
          <CampaignSummaryCard c={c} />
          <BriefCard campaign={c} />
          <PhasesCard campaignId={c.id} />
          <DemandLinesCard campaign={c} lines={detail.lines} />
          <DeliveryCard campaign={c} />
          <BookingsCard campaignId={detail.campaign.id} bookings={detail.bookings} people={detail.people} lines={detail.lines} />
          <ActualsCard campaign={c} />
        </div>
      </div>
      {editing && <CampaignDialog campaign={c} onClose={() => setEditing(false)} />}
      {confirm !== null && (
        <ConfirmDialog
          title={`Delete ${c.name}?`}
          message={
            <>
              <p>{confirm}</p>
              <p className="muted" style={{ marginTop: 10 }}>You can undo this afterwards.</p>
            </>
          }
          confirmLabel="Delete campaign"
          danger
          onConfirm={() => remove(c.id, c.name)}
          onClose={() => setConfirm(null)}
        />
      )}
    </>
  );
}
