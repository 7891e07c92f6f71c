import { useState } from 'react';
import { campaignNeedsPeople, minLevelWords, NO_ROLE_YET } from '@shared/domain';
import type { CampaignSummary, DemandLineSummary } from '@shared/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';
import { DemandLineDialog } from './DemandLineDialog';
import { FindPersonDialog } from '../staffing/FindPersonDialog';

export function DemandLinesCard({ campaign, lines }: { campaign: CampaignSummary; lines: DemandLineSummary[] }) {
  // A cancelled, lost, on-hold or done campaign's lines have nothing open: they aren't needed, not filled.
  const needsPeople = campaignNeedsPeople(campaign.status);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const remove = useStore((s) => s.deleteDemandLine);
  const [editing, setEditing] = useState<DemandLineSummary | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DemandLineSummary | null>(null);
  const [finding, setFinding] = useState<number | null>(null);
  const roleName = (id: number | null) => (id === null ? NO_ROLE_YET : (roles.find((r) => r.id === id)?.name ?? 'Role'));
  const skillName = (id: number) => skills.find((s) => s.id === id)?.name ?? 'Skill';

  return (
    <section className="card">
      <div className="card-header">
        <h2>Demand</h2>
        <span className="sub">What the campaign needs, line by line</span>
        <Button size="sm" icon="plus" onClick={() => setEditing('new')}>
          Add line
        </Button>
      </div>
      {lines.length === 0 ? (
        <EmptyState icon="capacity" title="No demand yet" actions={<Button size="sm" variant="primary" icon="plus" onClick={() => setEditing('new')}>Add the first line</Button>}>
          Say which roles and skills this campaign needs, for how many hours and when. Bookings are then made against these lines.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>Role and skills</th>
                <th>Window</th>
                <th className="num">Priority</th>
                <th className="num">Hours</th>
                <th className="num">Booked</th>
                <th className="num">Open</th>
                <th style={{ width: 110 }} />
                <th className="actions-cell" />
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td>
                    <div className="cell-strong">{roleName(l.roleId)}</div>
                    {l.skills.length > 0 && (
                      <div className="chips" style={{ marginTop: 4, flexWrap: 'wrap' }}>
                        {l.skills.map((s) => (
                          <span className="chip" key={s.skillId}>
                            {skillName(s.skillId)} <b>{minLevelWords(s.minLevel).toLowerCase()}</b>
                          </span>
                        ))}
                      </div>
                    )}
                    {l.note && <span className="cell-sub">{l.note}</span>}
                  </td>
                  <td className="nowrap">{formatDateRange(l.start, l.end)}</td>
                  <td className="num">{l.priority}</td>
                  <td className="num">{formatHours(l.hours)}</td>
                  <td className="num">{formatHours(l.bookedHours)}</td>
                  <td className={`num${l.openHours > 0 ? ' open-hours' : ''}`}>{l.openHours > 0 ? formatHours(l.openHours) : needsPeople || l.bookedHours >= l.hours ? <span className="done-text">Filled</span> : <span className="muted">Not needed</span>}</td>
                  <td>
                    <ProgressBar value={l.bookedHours} max={l.hours} label="Booked of this line" />
                  </td>
                  <td className="actions-cell nowrap">
                    {l.openHours > 0 && <Button size="sm" icon="search" onClick={() => setFinding(l.id)}>Find a person</Button>}
                    <span className="row-actions">
                      <Button size="sm" variant="ghost" iconOnly icon="edit" label="Edit line" onClick={() => setEditing(l)} />
                      <Button size="sm" variant="ghost" iconOnly icon="trash" label="Delete line" onClick={() => setDeleting(l)} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && <DemandLineDialog campaign={campaign} line={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {finding !== null && <FindPersonDialog demandLineId={finding} onClose={() => setFinding(null)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete this demand line?"
          message={
            deleting.bookedHours > 0
              ? `${formatHours(deleting.bookedHours)} are booked against it. The bookings stay on the campaign, no longer tied to a line. You can undo this.`
              : `${roleName(deleting.roleId)}, ${formatHours(deleting.hours)}. You can undo this.`
          }
          confirmLabel="Delete line"
          danger
          onConfirm={() => remove(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
