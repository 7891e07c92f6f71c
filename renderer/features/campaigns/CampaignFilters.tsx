import { useEffect, useRef, useState } from 'react';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '@shared/domain';
import { Button } from '../../components/Button';
import { Popover } from '../../components/Popover';
import { useFoldLevel } from '../../lib/useFold';
import { CAMPAIGN_STATUS_LABEL } from '../../components/StatusBadge';
import { useDebounced } from '../../lib/useDebounced';
import { useStore } from '../../store';
import { toCampaignListInput } from '../../store/campaignsSlice';
import { ROVING } from '../../lib/roving';

export function CampaignFilters() {
  const filter = useStore((s) => s.campaignFilter);
  const setFilter = useStore((s) => s.setCampaignFilter);
  const reset = useStore((s) => s.resetCampaignFilter);
  const clients = useStore((s) => s.clients);
  const [text, setText] = useState(filter.text);
  const debounced = useDebounced(text, 250);
  useEffect(() => setFilter({ text: debounced }), [debounced, setFilter]);
  useEffect(() => setText(filter.text), [filter.text]);

  const toggle = (s: CampaignStatus) =>
    setFilter({ statuses: filter.statuses.includes(s) ? filter.statuses.filter((x) => x !== s) : [...filter.statuses, s] });
  const active = Object.keys(toCampaignListInput(filter)).length > 0;
  const bar = useRef<HTMLDivElement>(null);
  // Client and dates fold first, then the statuses too.
  const fold = useFoldLevel(bar, 2);
  const statusChips = (
    <div className="toggle-chips" role="group" aria-label="Status" {...ROVING}>
      {CAMPAIGN_STATUSES.map((s) => (
        <button key={s} type="button" className="toggle-chip" aria-pressed={filter.statuses.includes(s)} onClick={() => toggle(s)}>
          {CAMPAIGN_STATUS_LABEL[s]}
        </button>
      ))}
    </div>
  );
  const clientAndDates = (
    <>
      <select className="select" aria-label="Client" value={filter.client} onChange={(e) => setFilter({ client: e.target.value })}>
        <option value="">All clients</option>
        {clients.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <div className="date-range">
        <input className="input" type="date" aria-label="Running from" value={filter.from} onChange={(e) => setFilter({ from: e.target.value })} />
        <span className="muted">to</span>
        <input className="input" type="date" aria-label="Running until" value={filter.to} onChange={(e) => setFilter({ to: e.target.value })} />
      </div>
    </>
  );

  return (
    <div ref={bar} className="toolbar campaign-filters" role="search">
      <input className="input input-search" type="search" placeholder="Search…" aria-label="Search campaigns" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 170 }} />
      {fold < 2 ? (
        statusChips
      ) : (
        <Popover label="Status" align="left" badge={filter.statuses.length} title="Which statuses to show">
          {() => statusChips}
        </Popover>
      )}
      {fold < 1 ? (
        clientAndDates
      ) : (
        <Popover label="More" align="left" badge={[filter.client, filter.from || filter.to].filter(Boolean).length} title="Client, running dates">
          {() => clientAndDates}
        </Popover>
      )}
      {active && (
        <Button variant="ghost" size="sm" onClick={reset}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
