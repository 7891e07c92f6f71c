import { useEffect, useState } from 'react';
import type { CampaignPhaseView } from '@shared/contract';
import type { SkillRequirement } from '@shared/domain';
import type { StudioCalendar } from '@shared/phases';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FieldMessage, FormError } from '../../components/Field';
import { errorFor, mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { formatDateRange } from '../../lib/format';
import { parseNumber } from '../people/talentDraft';
import { HandoffFields, RoleHoursRows } from '../templates/PhaseFields';
import type { RoleDraft } from '../templates/templateDraft';
import { previewEdit } from './phaseTimeline';

const FIELDS = ['name', 'durationDays', 'dependsOn', 'roles', 'handoffRoleId', 'handoffTalentId', 'handoffSlaDays'];

export interface PhaseDraft {
  name: string;
  durationDays: number;
  dependsOn: number[];
  roles: { roleId: number; hours: number; maxPeople: number | null; skills: SkillRequirement[] }[];
  handoffRoleId: number | null;
  handoffTalentId: number | null;
  handoffSlaDays: number | null;
}

interface Props {
  /** The phase edited; null to add one. */
  phase: CampaignPhaseView | null;
  phases: readonly CampaignPhaseView[];
  /** The studio calendar, to show where the phase will go. */
  cal: StudioCalendar;
  onClose: () => void;
  onSave: (draft: PhaseDraft) => Promise<void>;
  /** Offered when editing: asks before removing the phase. */
  onRemove?: () => void;
}

/** '' (no handoff), 'role:3' or 'person:7', as the handoff select writes it. */
function handoffOf(phase: CampaignPhaseView | null): string {
  if (phase?.handoffRoleId != null) return `role:${phase.handoffRoleId}`;
  return phase?.handoffTalentId != null ? `person:${phase.handoffTalentId}` : '';
}

/** Adds a phase to a campaign, or edits one: its name, working days, the phases it waits for, its handoff, and (new) its role hours. */
export function PhaseEditDialog({ phase, phases, cal, onClose, onSave, onRemove }: Props) {
  const lookupsLoaded = useStore((s) => s.lookupsLoaded);
  const loadLookups = useStore((s) => s.loadLookups);
  const [name, setName] = useState(phase?.name ?? '');
  const [days, setDays] = useState(phase ? String(phase.durationDays) : '5');
  const [dependsOn, setDependsOn] = useState<number[]>(phase?.dependsOn ?? (phases.length > 0 ? [phases[phases.length - 1].id] : []));
  const [roleRows, setRoleRows] = useState<RoleDraft[]>([]);
  /** '' (none), 'role:3' or 'person:7', as in the template editor. */
  const [handoff, setHandoff] = useState(handoffOf(phase));
  const [sla, setSla] = useState(phase?.handoffSlaDays == null ? '' : String(phase.handoffSlaDays));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty({ name, days, dependsOn, roleRows, handoff, sla });
  const others = phases.filter((p) => p.id !== phase?.id);
  const preview = previewEdit(phases, phase, { durationDays: parseNumber(days, null), dependsOn }, cal);

  useEffect(() => {
    if (!lookupsLoaded) void loadLookups();
  }, [lookupsLoaded, loadLookups]);

  /** The draft, or the first field that is wrong (the handler checks it all again). */
  function draftOf(): { draft: PhaseDraft } | { errors: FieldErrors } {
    const d = parseNumber(days, Number.NaN);
    if (!name.trim()) return { errors: { name: 'Give the phase a name' } };
    if (d === null || !Number.isInteger(d) || d < 1) return { errors: { durationDays: 'Enter a whole number of working days, 1 or more' } };
    const out: PhaseDraft['roles'] = [];
    for (const [k, r] of roleRows.entries()) {
      const h = parseNumber(r.hours, Number.NaN);
      if (r.roleId === null) return { errors: { [`roles.${k}.roleId`]: 'Choose a role' } };
      if (h === null || Number.isNaN(h) || h <= 0) return { errors: { [`roles.${k}.hours`]: 'Enter the hours needed' } };
      const most = r.maxPeople.trim() ? parseNumber(r.maxPeople, Number.NaN) : null;
      if (most !== null && (Number.isNaN(most) || !Number.isInteger(most) || most < 1)) return { errors: { [`roles.${k}.maxPeople`]: 'A whole number of people, or empty for any' } };
      out.push({ roleId: r.roleId, hours: h, maxPeople: most, skills: r.skills });
    }
    const slaDays = handoff && sla.trim() ? parseNumber(sla, Number.NaN) : null;
    if (slaDays !== null && (Number.isNaN(slaDays) || !Number.isInteger(slaDays) || slaDays < 0)) return { errors: { handoffSlaDays: 'A whole number of working days' } };
    const [kind, to] = handoff.split(':');
    return {
      draft: {
        name: name.trim(), durationDays: d, dependsOn, roles: out,
        handoffRoleId: kind === 'role' ? Number(to) : null, handoffTalentId: kind === 'person' ? Number(to) : null, handoffSlaDays: slaDays,
      },
    };
  }

  async function submit() {
    const checked = draftOf();
    if ('errors' in checked) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    try {
      await onSave(checked.draft);
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, errorMessage(e)));
      setBusy(false);
    }
  }

  const footer = (
    <FormButtons busy={busy} onCancel={onClose} submit={phase ? 'Save phase' : 'Add phase'} remove={onRemove && { label: 'Remove phase', onClick: onRemove }} />
  );
  return (
    <Dialog title={phase ? `Edit ${phase.name}` : 'Add a phase'} size="wide" onClose={onClose} onSubmit={submit} busy={busy} dirty={dirty} footer={footer}>
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Name" error={errors.name}>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Legal check" data-autofocus />
        </Field>
        <Field label="Working days" error={errors.durationDays} hint="Monday to Friday, less studio closures">
          <input className="input num" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </Field>
      </div>
      {others.length > 0 && (
        <div className="phase-edit-section">
          <span className="field-label">Starts after</span>
          <div className="template-deps" role="group" aria-label="Starts after">
            {others.map((o) => (
              <label className="checkbox" key={o.id}>
                <input type="checkbox" checked={dependsOn.includes(o.id)} onChange={(e) => setDependsOn(e.target.checked ? [...dependsOn, o.id] : dependsOn.filter((x) => x !== o.id))} />
                {o.name}
              </label>
            ))}
          </div>
          <FieldMessage error={errorFor(errors, 'dependsOn')} />
        </div>
      )}
      {!phase && (
        <div className="phase-edit-section">
          <span className="field-label">Hours by role (each becomes a demand line in the phase's days)</span>
          <RoleHoursRows rows={roleRows} onChange={setRoleRows} errors={errors} at={(field) => field} label={name.trim() || 'The new phase'} />
        </div>
      )}
      <div className="form-grid">
        <HandoffFields value={handoff} sla={sla} onChange={setHandoff} onSlaChange={setSla} errors={errors} at={(field) => field} />
      </div>
      {preview && (
        <p className="phase-edit-preview" role="status">
          <strong>{name.trim() || 'The new phase'}</strong>: {formatDateRange(preview.dates.start, preview.dates.end)}
          {preview.moved.length > 0 && `; ${preview.moved.join(', ')} ${preview.moved.length === 1 ? 'moves' : 'move'} later`}
        </p>
      )}
      <p className="muted phase-edit-note">
        {phase
          ? 'It moves later only when a phase it waits for now ends on or after its start; phases after it move only as far as they must, with their demand lines.'
          : 'It starts on the working day after the phases it waits for have finished (with none, when the campaign starts).'}
      </p>
    </Dialog>
  );
}
