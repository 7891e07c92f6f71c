import { useEffect, useState } from 'react';
import type { Brief } from '@shared/contract';
import type { Campaign } from '@shared/domain';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { BriefDialog } from './BriefDialog';
import './briefs.css';

function Text({ value, empty }: { value: string; empty: string }) {
  return value ? <p className="brief-text">{value}</p> : <p className="muted">{empty}</p>;
}

/** Where the launch asked for falls against the campaign's own dates, when outside them. */
function launchNote(brief: Brief, campaign: Campaign): string | null {
  const asked = brief.requestedDate;
  if (!asked) return null;
  if (asked < campaign.start) return `before the campaign starts (${formatDate(campaign.start)})`;
  if (asked > campaign.end) return `after the campaign ends (${formatDate(campaign.end)})`;
  return null;
}

function BriefBody({ brief, campaign }: { brief: Brief; campaign: Campaign }) {
  const note = launchNote(brief, campaign);
  const channels = useStore((s) => s.marketingChannels);
  const names = brief.channels.map((id) => channels.find((c) => c.id === id)?.name).filter((n): n is string => Boolean(n));
  return (
    <div className="card-body brief">
      <dl className="facts brief-facts">
        <dt>Requested by</dt>
        <dd>{brief.requester || <span className="muted">Not said</span>}</dd>
        <dt>Launch asked for</dt>
        <dd data-figure="requested-date">
          {brief.requestedDate ? formatDate(brief.requestedDate) : <span className="muted">No date asked for</span>}
          {note && <span className="muted"> · {note}</span>}
        </dd>
        <dt>Channels</dt>
        <dd>
          {names.length ? (
            <span className="chips">
              {names.map((n) => (
                <span key={n} className="chip">
                  {n}
                </span>
              ))}
            </span>
          ) : (
            <span className="muted">None chosen</span>
          )}
        </dd>
      </dl>
      <div className="brief-cols">
        <section aria-label="Objective">
          <h3>Objective</h3>
          <Text value={brief.objective} empty="Not written yet" />
        </section>
        <section aria-label="Audience">
          <h3>Audience</h3>
          <Text value={brief.audience} empty="Not written yet" />
        </section>
      </div>
      <section aria-label="KPIs">
        <h3>KPIs</h3>
        {brief.kpis.length === 0 ? (
          <p className="muted">No KPIs yet</p>
        ) : (
          <table className="table brief-kpi-table">
            <tbody>
              {brief.kpis.map((k, i) => (
                <tr key={i}>
                  <td>{k.name}</td>
                  <td className="num">
                    {formatNumber(k.target, 4)} {k.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {brief.links.length > 0 && (
        <section aria-label="Links">
          <h3>Links</h3>
          {/* Text to copy, never a link: the app does not open addresses. */}
          <ul className="brief-links">
            {brief.links.map((l, i) => (
              <li key={i}>
                <code>{l}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Results of past campaigns">
        <h3>Results of past campaigns</h3>
        <Text value={brief.history} empty="None noted" />
      </section>
    </div>
  );
}

/** The campaign's brief from marketing, with a dialog to write or edit it. */
export function BriefCard({ campaign }: { campaign: Campaign }) {
  const brief = useStore((s) => (s.briefFor === campaign.id ? s.brief : undefined));
  const loadBrief = useStore((s) => s.loadBrief);
  const channelsLoaded = useStore((s) => s.marketingChannelsLoaded);
  const loadChannels = useStore((s) => s.loadMarketingChannels);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void loadBrief(campaign.id);
  }, [campaign.id, loadBrief]);
  useEffect(() => {
    if (!channelsLoaded) void loadChannels();
  }, [channelsLoaded, loadChannels]);

  const write = (
    <Button size="sm" icon={brief ? 'edit' : 'plus'} onClick={() => setEditing(true)} disabled={brief === undefined}>
      {brief ? 'Edit brief' : 'Write the brief'}
    </Button>
  );
  return (
    <section className="card" aria-labelledby="brief-title">
      <div className="card-header">
        <h2 id="brief-title">Brief</h2>
        <span className="sub">What marketing asked for</span>
        {write}
      </div>
      {brief === undefined ? (
        <div className="card-body">
          <span className="spinner" />
        </div>
      ) : brief === null ? (
        <EmptyState icon="campaigns" title="No brief yet">
          Note the objective, audience, channels and KPIs, who asked for it and by when: the intake list sorts pitches by that date.
        </EmptyState>
      ) : (
        <BriefBody brief={brief} campaign={campaign} />
      )}
      {editing && brief !== undefined && <BriefDialog campaign={campaign} brief={brief} onClose={() => setEditing(false)} />}
    </section>
  );
}
