import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { CampaignPhaseView } from '@shared/contract';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { HANDOFF_STATE_LABELS } from '@shared/domain';
import { countHandoffs, studioCalendar } from '@shared/phases';
import { ApiCallError, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';
import { PhaseDatesDialog } from './PhaseDatesDialog';
import { PhaseEditDialog, type PhaseDraft } from './PhaseEditDialog';
import { PhaseRemoveDialog } from './PhaseRemoveDialog';
import { barBox, closedRuns, previewDrag, timelineSpan, type Preview } from './phaseTimeline';
import './phases.css';

const NONE: CampaignPhaseView[] = [];

interface Drag {
  k: number;
  x: number;
  days: number;
  preview: Preview | null;
}

/** A campaign's phases on a small timeline (drag a bar, or edit its dates: the phases after it follow; add, edit or remove a phase), and its handoffs. */
export function PhasesCard({ campaignId }: { campaignId: number }) {
  const phases = useStore((s) => (s.phasesCampaignId === campaignId ? s.phases : NONE));
  const loaded = useStore((s) => s.phasesCampaignId === campaignId && s.phasesLoaded);
  const createPhase = useStore((s) => s.createPhase);
  const updatePhase = useStore((s) => s.updatePhase);
  const loadPhases = useStore((s) => s.loadPhases);
  const closures = useStore((s) => s.closures);
  const closuresLoaded = useStore((s) => s.closuresLoaded);
  const loadClosures = useStore((s) => s.loadClosures);
  const move = useStore((s) => s.movePhase);
  const showError = useStore((s) => s.showError);
  const [moveBookings, setMoveBookings] = useState(true);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [editing, setEditing] = useState<CampaignPhaseView | null>(null);
  const [overAsk, setOverAsk] = useState<{ message: string; retry: () => Promise<unknown> } | null>(null);
  /** The phase dialog: a phase edited, or 'new' to add one. */
  const [phaseDialog, setPhaseDialog] = useState<CampaignPhaseView | 'new' | null>(null);
  const [removing, setRemoving] = useState<CampaignPhaseView | null>(null);
  const track = useRef<HTMLDivElement>(null);
  /** A drag ends in a click on the bar: that click must not open the dates. */
  const dragged = useRef(false);
  const cal = useMemo(() => studioCalendar(closures), [closures]);

  useEffect(() => {
    void loadPhases(campaignId);
    return () => void loadPhases(null);
  }, [campaignId, loadPhases]);
  useEffect(() => {
    if (!closuresLoaded) void loadClosures();
  }, [closuresLoaded, loadClosures]);

  if (!loaded) return null;
  const addButton = (
    <Button size="sm" icon="plus" onClick={() => setPhaseDialog('new')}>
      Add phase
    </Button>
  );
  const dialogs = (
    <>
      {phaseDialog && (
        <PhaseEditDialog
          phase={phaseDialog === 'new' ? null : phaseDialog}
          phases={phases}
          cal={cal}
          onClose={() => setPhaseDialog(null)}
          onSave={(d) => save(phaseDialog === 'new' ? null : phaseDialog, d)}
          onRemove={
            phaseDialog === 'new'
              ? undefined
              : () => {
                  setRemoving(phaseDialog);
                  setPhaseDialog(null);
                }
          }
        />
      )}
      {removing && <PhaseRemoveDialog phase={removing} onClose={() => setRemoving(null)} />}
      {overAsk && (
        <ConfirmDialog
          title="Move the bookings anyway?"
          message={overAsk.message}
          confirmLabel="Move anyway"
          onConfirm={async () => void (await overAsk.retry())}
          onClose={() => setOverAsk(null)}
        />
      )}
    </>
  );
  if (phases.length === 0) {
    return (
      <section className="card phases-card" aria-label="Phases">
        <div className="card-header">
          <h2>Phases</h2>
          <span className="sub">No phases yet: add one to plan this campaign step by step, each phase after the ones it waits for</span>
          <span className="phases-actions">{addButton}</span>
        </div>
        {dialogs}
      </section>
    );
  }
  const span = timelineSpan(phases);
  const shown = drag?.preview?.ok ? drag.preview.dates : phases;
  const closed = closedRuns(span, cal);
  const at = (day: number) => `${((day - span.from) / span.days) * 100}%`;
  const mondays: number[] = [];
  for (let d = span.from; d < span.from + span.days; d++) if ((d + 3) % 7 === 0) mondays.push(d);

  async function send(input: Parameters<typeof move>[0]) {
    setRefused(null);
    try {
      await move(input);
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'over_allocated') setOverAsk({ message: e.message, retry: () => move({ ...input, allowOverAllocation: true }) });
      else if (e instanceof ApiCallError && e.field === 'start') setRefused(errorMessage(e).replace(/^Start: /, ''));
      else showError(e);
    }
  }
  const moveTo = (p: CampaignPhaseView, start: string, end?: string) => send({ id: p.id, start, ...(end ? { end } : {}), moveBookings });

  function onPointerDown(e: PointerEvent<HTMLButtonElement>, k: number) {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ k, x: e.clientX, days: 0, preview: null });
  }
  function onPointerMove(e: PointerEvent<HTMLButtonElement>) {
    if (!drag || !track.current) return;
    const days = Math.round(((e.clientX - drag.x) / track.current.clientWidth) * span.days);
    if (days !== drag.days) setDrag({ ...drag, days, preview: days === 0 ? null : previewDrag(phases, drag.k, days, cal) });
  }
  function onPointerUp() {
    if (!drag) return;
    const { k, preview } = drag;
    dragged.current = drag.days !== 0;
    setDrag(null);
    if (preview?.ok && preview.dates[k].start !== phases[k].start) void moveTo(phases[k], preview.dates[k].start);
    else if (preview && !preview.ok) setRefused(`${preview.message}.`);
  }
  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, p: CampaignPhaseView) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const start = cal.add(cal.onOrAfter(dayFromIso(p.start)), e.key === 'ArrowLeft' ? -1 : 1);
    void moveTo(p, isoFromDay(start));
  }
  const nameOf = (id: number) => phases.find((x) => x.id === id)?.name ?? '';
  /** Adds a phase, or saves an edited one; bookings that would over-allocate are asked about, as for a move. */
  async function save(phase: CampaignPhaseView | null, d: PhaseDraft) {
    if (!phase) return void (await createPhase({ campaignId, ...d }));
    const handoff = { handoffRoleId: d.handoffRoleId, handoffTalentId: d.handoffTalentId, handoffSlaDays: d.handoffSlaDays };
    const input = { id: phase.id, name: d.name, durationDays: d.durationDays, dependsOn: d.dependsOn, moveBookings, ...handoff };
    try {
      await updatePhase(input);
    } catch (e) {
      if (!(e instanceof ApiCallError && e.code === 'over_allocated')) throw e;
      setOverAsk({ message: e.message, retry: () => updatePhase({ ...input, allowOverAllocation: true }) });
    }
  }

  return (
    <section className="card phases-card" aria-label="Phases">
      <div className="card-header">
        <h2>Phases</h2>
        <span className="sub">Drag a bar or press ← → on it (the phases after it follow), click it for its dates; click a name to edit or remove it</span>
        <span className="phases-actions">
          <label className="checkbox">
            <input type="checkbox" checked={moveBookings} onChange={(e) => setMoveBookings(e.target.checked)} />
            Move bookings too
          </label>
          {addButton}
        </span>
      </div>
      {refused && (
        <div className="form-error phases-refused" role="alert">
          {refused}
        </div>
      )}
      <div className="phases-timeline">
        <div className="phases-row phases-axis" aria-hidden="true">
          <div className="phases-label" />
          <div className="phases-track">
            {mondays.map((d) => (
              <span key={d} className="phases-tick" style={{ left: at(d) }}>
                {formatDate(isoFromDay(d)).replace(/[,\s]*\d{4}$/, '')}
              </span>
            ))}
          </div>
        </div>
        {phases.map((p, k) => {
          const dates = shown[k];
          const moving = drag !== null && drag.preview?.ok === true && (dates.start !== p.start || dates.end !== p.end);
          return (
            <div className="phases-row" key={p.id}>
              <div className="phases-label">
                <button type="button" className="phases-name" onClick={() => setPhaseDialog(p)} aria-label={`Edit ${p.name}: name, working days, what it waits for, or remove it`}>
                  {p.name}
                </button>
                <span className="cell-sub">
                  {formatDateRange(dates.start, dates.end)} · {p.durationDays} {p.durationDays === 1 ? 'day' : 'days'}
                  {p.dependsOn.length > 0 && ` · after ${p.dependsOn.map(nameOf).join(', ')}`}
                </span>
              </div>
              <div className="phases-track" ref={k === 0 ? track : undefined}>
                {closed.map((r) => (
                  <span key={r.start} className="phases-closed" style={{ left: at(r.start), width: `${(r.days / span.days) * 100}%` }} />
                ))}
                {mondays.map((d) => (
                  <span key={d} className="phases-grid" style={{ left: at(d) }} />
                ))}
                <button
                  type="button"
                  className={`phase-bar${moving ? ' moving' : ''}${drag?.k === k ? ' dragging' : ''}`}
                  style={barBox(span, dates)}
                  aria-label={`${p.name}, ${formatDateRange(dates.start, dates.end)}: drag it, or press the left or right arrow to move it a working day, or Enter to type its dates`}
                  title={`${p.name}: ${formatDateRange(dates.start, dates.end)}, ${formatHours(p.demandHours)} of demand`}
                  onPointerDown={(e) => onPointerDown(e, k)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                  onPointerCancel={() => setDrag(null)}
                  onKeyDown={(e) => onKeyDown(e, p)}
                  onClick={() => {
                    if (!dragged.current) setEditing(p);
                    dragged.current = false;
                  }}
                >
                  <span className="phase-bar-text">{p.name}</span>
                </button>
              </div>
            </div>
          );
        })}
      </div>
      <HandoffsTable phases={phases} />
      {editing && <PhaseDatesDialog phase={editing} onClose={() => setEditing(null)} onSave={async (start, end) => void (await move({ id: editing.id, start, end, moveBookings }))} />}
      {dialogs}
    </section>
  );
}

function HandoffsTable({ phases }: { phases: CampaignPhaseView[] }) {
  const mark = useStore((s) => s.markHandoff);
  const showError = useStore((s) => s.showError);
  const handoffs = phases.filter((p) => p.handoffState !== null);
  if (handoffs.length === 0) return null;
  const act = (id: number, done: 'today' | null) => mark(id, done).catch(showError);
  const counts = countHandoffs(handoffs.map((p) => p.handoffState!));
  return (
    <div className="table-scroll phases-handoffs">
      <table className="table">
        <caption className="phases-caption">
          Handoffs <span className="muted phases-counts">{counts.done} of {counts.total} done · {counts.late} late · {counts.slaMissed} past the SLA</span>
        </caption>
        <thead>
          <tr>
            <th>After</th>
            <th>To</th>
            <th>Planned</th>
            <th>SLA</th>
            <th>State</th>
            <th className="actions-cell" />
          </tr>
        </thead>
        <tbody>
          {handoffs.map((p) => (
            <tr key={p.id}>
              <td className="cell-strong">{p.name}</td>
              <td>{p.handoffTo}</td>
              <td className="nowrap">{formatDate(p.handoffPlanned)}</td>
              <td className="nowrap">
                {p.handoffSlaDays ?? 0} working {p.handoffSlaDays === 1 ? 'day' : 'days'} · by {formatDate(p.handoffDue)}
              </td>
              <td>
                <span className={`handoff-state handoff-${p.handoffState}`}>{HANDOFF_STATE_LABELS[p.handoffState!]}</span>
                {p.handoffDone && <span className="cell-sub">Done {formatDate(p.handoffDone)}</span>}
              </td>
              <td className="actions-cell nowrap">
                {p.handoffDone ? (
                  <Button size="sm" variant="ghost" onClick={() => void act(p.id, null)} aria-label={`Mark the handoff after ${p.name} not done`}>
                    Not done
                  </Button>
                ) : (
                  <Button size="sm" icon="check" onClick={() => void act(p.id, 'today')} aria-label={`Mark the handoff after ${p.name} done`}>
                    Done
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
