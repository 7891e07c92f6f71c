import { useStore } from '../../store';
import './briefs.css';
import type { CampaignsTab } from '../../store/briefsSlice';

const TABS: { id: CampaignsTab; label: string }[] = [
  { id: 'all', label: 'All campaigns' },
  { id: 'intake', label: 'Intake' },
];

/** The Campaigns view's two lists: every campaign, and the intake of pitches with their briefs. */
export function CampaignsTabs() {
  const tab = useStore((s) => s.campaignsTab);
  const setTab = useStore((s) => s.setCampaignsTab);
  return (
    <div className="tabs campaigns-tabs" role="tablist" aria-label="Campaign lists">
      {TABS.map((t) => (
        <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}
