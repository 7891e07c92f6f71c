import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { toCampaignListInput } from '../../store/campaignsSlice';
import { TopBar } from '../shell/TopBar';
import { CampaignDialog } from './CampaignDialog';
import { CampaignFilters } from './CampaignFilters';
import { CampaignList } from './CampaignList';
import { CampaignPage } from './CampaignPage';
import { FromTemplateDialog } from './FromTemplateDialog';
import { IoButtons } from '../io/IoButtons';
import { CampaignsTabs } from '../briefs/CampaignsTabs';
import { IntakeList } from '../briefs/IntakeList';

export function CampaignsView() {
  const openId = useStore((s) => s.openCampaignId);
  const filter = useStore((s) => s.campaignFilter);
  const load = useStore((s) => s.loadCampaigns);
  const loaded = useStore((s) => s.campaignsLoaded);
  const loading = useStore((s) => s.campaignsLoading);
  const count = useStore((s) => s.campaigns.length);
  const reset = useStore((s) => s.resetCampaignFilter);
  const openCampaign = useStore((s) => s.openCampaign);
  const pending = useStore((s) => s.pending);
  const consumePending = useStore((s) => s.consumePending);
  const [creating, setCreating] = useState(false);
  const [fromTemplate, setFromTemplate] = useState(false);
  const tab = useStore((s) => s.campaignsTab);
  const intakeCount = useStore((s) => (s.intakeLoaded ? `${formatNumber(s.intake.length, 0)} ${s.intake.length === 1 ? 'pitch' : 'pitches'}` : null));

  useEffect(() => {
    void load();
  }, [filter, load]);
  useEffect(() => {
    if (pending === 'new-campaign') {
      consumePending();
      setCreating(true);
    }
  }, [pending, consumePending]);

  const dialog = creating && <CampaignDialog campaign={null} onClose={() => setCreating(false)} onCreated={(c) => openCampaign(c.id)} />;
  const templateDialog = fromTemplate && <FromTemplateDialog onClose={() => setFromTemplate(false)} onCreated={(c) => openCampaign(c.id)} />;
  if (openId !== null)
    return (
      <>
        <CampaignPage />
        {dialog}
      </>
    );

  const templateButton = (
    <Button icon="campaigns" onClick={() => setFromTemplate(true)} aria-label="New campaign from template…" title="New campaign from template…">
      <span className="label-wide">From template…</span>
    </Button>
  );
  const addButton = (
    <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
      New campaign
    </Button>
  );
  const filtered = Object.keys(toCampaignListInput(filter)).length > 0;
  let body;
  if (!loaded) body = <div className="boot"><span className="spinner" /></div>;
  else if (count === 0 && !filtered)
    body = (
      <EmptyState icon="campaigns" title="No campaigns yet" actions={addButton}>
        Add a campaign with its dates and budget, then describe its demand: which roles and skills it needs, and for how many hours.
      </EmptyState>
    );
  else if (count === 0)
    body = (
      <EmptyState icon="filter" title="No campaigns match these filters" actions={<Button onClick={reset}>Clear filters</Button>}>
        Try more statuses, another client or a wider date range.
      </EmptyState>
    );
  else body = <CampaignList />;

  return (
    <>
      <TopBar title="Campaigns" actions={<><IoButtons entity="campaigns" />{templateButton}{addButton}</>} count={tab === 'intake' ? intakeCount : loaded ? `${formatNumber(count, 0)} ${count === 1 ? 'campaign' : 'campaigns'}` : null} busy={loading} />
      <CampaignsTabs />
      {tab === 'intake' ? <div className="content"><IntakeList /></div> : <><CampaignFilters /><div className="content">{body}</div></>}
      {dialog}
      {templateDialog}
    </>
  );
}
