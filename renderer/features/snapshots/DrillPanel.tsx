import type { ReactNode } from 'react';
import { NO_ROLE_YET } from '@shared/domain';
import { noRoleSentence, openFitsSentence, teamHoursSentence, workBookedSentence, type Formats } from '@shared/snapshots/sentences';
import type { Snapshot, SnapshotPerson } from '@shared/contract';
import { comparableCost, reportingTotal } from '@shared/money/snapshot';
import { Dialog } from '../../components/Dialog';
import { addDaysIso as addDays, weekStartIso as mondayOf } from '@shared/dates';
import { formatDate, formatHours, formatMoney, pct, sum, weekLabel } from './format';
import type { Drill } from './drill';

interface Props {
  snapshot: Snapshot;
  drill: Drill;
  onDrill: (d: Drill) => void;
  onClose: () => void;
  /** Back to the figure this one was opened from. */
  onBack?: () => void;
}

const util = (booked: number, capacity: number) => (capacity > 0 ? booked / capacity : null);
/** Utilisation as text: booked hours with no capacity are over-allocated, as the heatmap shows them. */
const utilText = (booked: number, capacity: number) => (capacity <= 0 && booked >= 0.05 ? 'over: no capacity' : pct(util(booked, capacity)));

function PeopleTable({ people, week, onDrill }: { people: SnapshotPerson[]; week?: number; onDrill: Props['onDrill'] }) {
  const rows = people
    .map((p) => {
      const capacity = week === undefined ? sum(p.capacity) : p.capacity[week];
      const booked = week === undefined ? sum(p.booked) : p.booked[week];
      return { p, capacity, booked, u: util(booked, capacity) };
    })
    .sort((a, b) => (b.u ?? -1) - (a.u ?? -1) || a.p.name.localeCompare(b.p.name));
  return (
    <table className="table snap-table">
      <thead><tr><th>Person</th><th className="n">Capacity</th><th className="n">Booked</th><th className="n">Utilisation</th><th className="n">Bookings</th></tr></thead>
      <tbody>
        {rows.slice(0, 100).map(({ p, capacity, booked }) => (
          <tr key={p.talentId}>
            <td><button type="button" className="snap-link" onClick={() => onDrill({ kind: 'person', talentId: p.talentId })}>{p.name}</button> <span className="snap-muted">{p.kind}</span></td>
            <td className="n">{formatHours(capacity)}</td><td className="n">{formatHours(booked)}</td><td className={`n${booked > capacity + 0.01 ? ' bad' : ''}`}>{utilText(booked, capacity)}</td><td className="n">{p.bookings}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > 100 && <caption className="snap-muted">The 100 busiest of {rows.length} people.</caption>}
    </table>
  );
}

/** Positive: hours short (red); otherwise the spare hours, quietly. */
function Shortfall({ hours }: { hours: number }) {
  if (hours > 0.05) return <td className="n bad">{formatHours(hours)}</td>;
  return <td className="n snap-muted">{Math.abs(hours) < 0.05 ? '–' : `${formatHours(-hours)} spare`}</td>;
}

function Counts({ items }: { items: [string, ReactNode][] }) {
  return <dl className="snap-counts">{items.map(([k, v]) => (<div key={k}><dt>{k}</dt><dd>{v}</dd></div>))}</dl>;
}

/** One figure opened up: the rows it was added from, down to the counts. */
export function DrillPanel({ snapshot, drill, onDrill, onClose, onBack }: Props) {
  const { figures, headline } = snapshot;
  const roleOf = (id: number) => figures.roles.find((r) => r.roleId === id);
  let title: string;
  let body: ReactNode;

  if (drill.kind === 'utilisation') {
    title = 'Utilisation by role';
    body = (
      <>
        <Counts items={[['People', headline.counts.people], ['Capacity', formatHours(headline.capacity)], ['Booked', formatHours(headline.booked)], ['Utilisation', pct(headline.utilisation)], ['Target', pct(headline.target)]]} />
        <table className="table snap-table">
          <thead><tr><th>Role</th><th className="n">People</th><th className="n">Capacity</th><th className="n">Booked</th><th className="n">Utilisation</th><th className="n">Target</th></tr></thead>
          <tbody>
            {figures.roles.filter((r) => r.people > 0).map((r) => (
              <tr key={r.roleId}>
                <td><button type="button" className="snap-link" onClick={() => onDrill({ kind: 'role', roleId: r.roleId })}>{r.roleName}</button></td>
                <td className="n">{r.people}</td><td className="n">{formatHours(sum(r.supply))}</td><td className="n">{formatHours(sum(r.booked))}</td>
                <td className="n">{pct(util(sum(r.booked), sum(r.supply)))}</td><td className="n">{r.target === null ? '–' : `${r.target}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  } else if (drill.kind === 'role') {
    const r = roleOf(drill.roleId);
    title = r ? r.roleName : 'Role';
    body = r && (
      <>
        <Counts items={[['People', r.people], ['Demand lines', r.lines], ['Supply', formatHours(sum(r.supply))], ['Booked', formatHours(sum(r.booked))], ['Open demand', formatHours(sum(r.demand))]]} />
        <table className="table snap-table">
          <thead><tr><th>Week</th><th className="n">Supply</th><th className="n">Free</th><th className="n">Booked</th><th className="n">Open demand</th><th className="n">If every pitch is won</th><th className="n">Short</th></tr></thead>
          <tbody>
            {figures.weeks.map((w, i) => (
              <tr key={w}>
                <td><button type="button" className="snap-link" onClick={() => onDrill({ kind: 'cell', roleId: r.roleId, week: i })}>{weekLabel(w)}</button></td>
                <td className="n">{formatHours(r.supply[i])}</td><td className="n">{formatHours(r.free[i])}</td><td className="n">{formatHours(r.booked[i])}</td>
                <td className="n">{formatHours(r.demand[i])}</td><td className="n">{formatHours(r.demandUnweighted[i])}</td><Shortfall hours={r.roleId < 0 ? 0 : r.shortfall[i]} />
              </tr>
            ))}
          </tbody>
        </table>
        <h4>People</h4>
        <PeopleTable people={figures.people.filter((p) => p.roleId === r.roleId)} onDrill={onDrill} />
      </>
    );
  } else if (drill.kind === 'cell') {
    const r = roleOf(drill.roleId);
    const w = drill.week;
    title = r ? `${r.roleName}, week of ${weekLabel(figures.weeks[w])}` : 'Week';
    body = r && (
      <>
        <Counts items={[['Supply', formatHours(r.supply[w])], ['Booked', formatHours(r.booked[w])], ['Utilisation', pct(util(r.booked[w], r.supply[w]))], ['Free', formatHours(r.free[w])], ['Open demand', formatHours(r.demand[w])], ['Short', r.roleId < 0 ? 'no role yet' : r.shortfall[w] > 0 ? formatHours(r.shortfall[w]) : 'none'], ['People', r.people]]} />
        <PeopleTable people={figures.people.filter((p) => p.roleId === r.roleId)} week={w} onDrill={onDrill} />
      </>
    );
  } else if (drill.kind === 'shortfall') {
    const first = mondayOf(snapshot.settings.today);
    const last = addDays(first, 7 * drill.weeks - 1);
    const weeks = figures.weeks.map((wk, i) => ({ wk, i })).filter(({ wk }) => wk >= first && wk <= last);
    const rows = figures.roles.filter((r) => r.roleId >= 0).flatMap((r) => weeks.filter(({ i }) => r.shortfall[i] > 0.05).map(({ wk, i }) => ({ r, wk, i })));
    const ahead = headline.shortfall.find((s) => s.weeks === drill.weeks);
    const noRole = ahead ? noRoleSentence(ahead.noRole, { hours: formatHours, pct }) : null;
    title = `Short in the next ${drill.weeks} weeks`;
    body = (
      <>
        <Counts items={[['Short', formatHours(ahead?.hours ?? 0)], ['If every pitch is won', formatHours(ahead?.unweighted ?? 0)], ['Weeks a role is short', rows.length]]} />
        {noRole && <p className="snap-hint snap-norole">{noRole}: it is not counted as short, because nobody can be booked on it until it has a role.</p>}
        {rows.length === 0 ? <p className="snap-hint">No role is short of people in these weeks.</p> : (
          <table className="table snap-table">
            <thead><tr><th>Role</th><th>Week</th><th className="n">Open demand</th><th className="n">Free</th><th className="n">Short</th><th className="n">People</th><th className="n">Lines</th></tr></thead>
            <tbody>
              {rows.map(({ r, wk, i }) => (
                <tr key={`${r.roleId}-${wk}`}>
                  <td><button type="button" className="snap-link" onClick={() => onDrill({ kind: 'cell', roleId: r.roleId, week: i })}>{r.roleName}</button></td><td>{weekLabel(wk)}</td>
                  <td className="n">{formatHours(r.demand[i])}</td><td className="n">{formatHours(r.free[i])}</td><td className="n bad">{formatHours(r.shortfall[i])}</td><td className="n">{r.people}</td><td className="n">{r.lines}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </>
    );
  } else if (drill.kind === 'coverage') {
    const { weighted: w, unweighted: u } = headline.coverage;
    title = 'Work booked and still open';
    const fw: Formats = { hours: formatHours, pct };
    body = (
      <>
        <ul className="snap-sentences">
          <li>{pct(w.bookedCoverage)} of the work is already booked: {workBookedSentence(w, fw)}.</li>
          <li>{teamHoursSentence(w, fw)}.</li>
          <li>{openFitsSentence(w, fw)}.</li>
          <li>Pitches count at their chance of being won. If every pitch were won, {formatHours(u.openDemand)} would still be open, and {pct(u.bookedCoverage)} of the work booked.</li>
        </ul>
        <h4>Demand lines still open ({figures.openDemand.length})</h4>
        <table className="table snap-table">
          <thead><tr><th>Campaign</th><th>Role</th><th>Window</th><th className="n">Still open</th><th className="n">At its chance</th></tr></thead>
          <tbody>
            {[...figures.openDemand].sort((a, b) => b.openWeighted - a.openWeighted).slice(0, 100).map((l) => (
              <tr key={l.lineId}>
                <td>{l.campaignName} <span className="snap-muted">{l.campaignStatus === 'pipeline' ? `pitch, ${l.probability}% chance` : l.campaignStatus.replace('_', ' ')}</span></td>
                <td>{l.roleId === null ? NO_ROLE_YET : (roleOf(l.roleId)?.roleName ?? '–')}</td><td>{formatDate(l.start)} – {formatDate(l.end)}</td>
                <td className="n">{formatHours(l.open)}</td><td className="n">{formatHours(l.openWeighted)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  } else if (drill.kind === 'person') {
    const p = figures.people.find((x) => x.talentId === drill.talentId);
    const runs = figures.overAllocations.filter((r) => r.talentId === drill.talentId);
    title = p?.name ?? 'Person';
    body = p && (
      <>
        <Counts items={[['Role', roleOf(p.roleId)?.roleName ?? '–'], ['Capacity', formatHours(sum(p.capacity))], ['Booked', formatHours(sum(p.booked))], ['Utilisation', pct(util(sum(p.booked), sum(p.capacity)))], ['Target', p.target === null ? '–' : `${p.target}%`], ['Bookings', p.bookings], ['Over-allocated runs', runs.length]]} />
        {runs.length > 0 && (
          <table className="table snap-table">
            <thead><tr><th>Over-allocated</th><th className="n">Days</th><th className="n">Hours over</th><th className="n">Worst day</th></tr></thead>
            <tbody>{runs.map((r) => (<tr key={r.start}><td>{formatDate(r.start)} – {formatDate(r.end)}</td><td className="n">{r.days}</td><td className="n bad">{formatHours(r.excess)}</td><td className="n">{formatHours(r.peakBooked)} of {formatHours(r.peakCapacity)}</td></tr>))}</tbody>
          </table>
        )}
        <table className="table snap-table">
          <thead><tr><th>Week</th><th className="n">Capacity</th><th className="n">Booked</th><th className="n">Utilisation</th></tr></thead>
          <tbody>{figures.weeks.map((w, i) => (<tr key={w}><td>{weekLabel(w)}</td><td className="n">{formatHours(p.capacity[i])}</td><td className="n">{formatHours(p.booked[i])}</td><td className={`n${p.booked[i] > p.capacity[i] + 0.01 ? ' bad' : ''}`}>{utilText(p.booked[i], p.capacity[i])}</td></tr>))}</tbody>
        </table>
      </>
    );
  } else {
    const running = figures.campaigns.filter((c) => c.inRange);
    const campaigns = [...running].sort((a, b) => comparableCost(b) - comparableCost(a));
    const total = reportingTotal(running);
    title = 'Cost against budget';
    body = (
      <>
        {total && (
          <p className="snap-muted" data-figure="cost-total">
            In all, {formatMoney(total.amount, total.currency)} planned, each booked day converted into {total.currency} at the rate in force.
            {total.missingHours > 0.005 && ` ${formatHours(total.missingHours)} of bookings have no exchange rate and are left out.`}
          </p>
        )}
        <table className="table snap-table">
          <thead><tr><th>Campaign</th><th className="n">Budget</th><th className="n">Planned</th>{total && <th className="n">In {total.currency}</th>}<th className="n">Used</th><th className="n">Lines</th><th className="n">Bookings</th></tr></thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.campaignId}>
                <td>{c.name} <span className="snap-muted">{c.client}</span></td><td className="n">{formatMoney(c.budget, c.currency)}</td>
                <td className={`n${c.overBudget ? ' bad' : ''}`}>{formatMoney(c.plannedCost, c.currency)}</td>
                {total && <td className="n">{formatMoney(c.plannedCostReporting ?? 0, total.currency)}</td>}
                <td className="n">{pct(c.budget > 0 ? c.plannedCost / c.budget : null)}</td>
                <td className="n">{c.lines}</td><td className="n">{c.bookings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <Dialog title={title} onClose={onClose} size="side">
      <div className="snap-drill">
        {onBack && <button type="button" className="snap-link snap-back" onClick={onBack}>← Back</button>}{body ?? <p className="snap-hint">Not in this snapshot.</p>}</div>
    </Dialog>
  );
}
