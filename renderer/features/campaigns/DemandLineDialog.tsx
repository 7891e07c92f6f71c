import { useState } from 'react';
import { NO_ROLE_YET, type Campaign, type DemandLine, type Priority } from '@shared/domain';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { RoleSelect } from '../../components/RoleSelect';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { parseNumber } from '../people/talentDraft';
import { SkillsEditor } from '../people/SkillsEditor';
import { PrioritySelect } from './PrioritySelect';

const FIELDS = ['roleId', 'skills', 'hours', 'start', 'end', 'priority', 'note'];

/** Add or edit one line of demand: a role (and skills) for so many hours within a window. */
export function DemandLineDialog({ campaign, line, onClose }: { campaign: Campaign; line: DemandLine | null; onClose: () => void }) {
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const create = useStore((s) => s.createDemandLine);
  const update = useStore((s) => s.updateDemandLine);
  const [roleId, setRoleId] = useState<number | null>(line ? line.roleId : (roles[0]?.id ?? null));
  const [lineSkills, setSkills] = useState(line ? line.skills.map((s) => ({ skillId: s.skillId, level: s.minLevel })) : []);
  const [hours, setHours] = useState(line ? String(line.hours) : '');
  const [start, setStart] = useState(line?.start ?? campaign.start);
  const [end, setEnd] = useState(line?.end ?? campaign.end);
  const [priority, setPriority] = useState<Priority>(line?.priority ?? campaign.priority);
  const [note, setNote] = useState(line?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty({ roleId, lineSkills, hours, start, end, priority, note });

  async function submit() {
    const h = parseNumber(hours, Number.NaN);
    if (h === null || Number.isNaN(h) || h <= 0) return setErrors({ hours: 'Enter the hours needed' });
    if (end < start) return setErrors({ end: 'Must be on or after the start' });
    const input = { campaignId: campaign.id, roleId, skills: lineSkills.map((s) => ({ skillId: s.skillId, minLevel: s.level })), hours: h, start, end, priority, note };
    setBusy(true);
    setErrors({});
    try {
      if (line) await update({ ...input, id: line.id });
      else await create(input);
      onClose();
    } catch (e) {
      // The API calls the level 'minLevel'; the editor shows it per row under 'skills.N'.
      setErrors(mapApiError(e, FIELDS, errorMessage(e)));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={line ? 'Edit demand line' : 'Add demand line'}
      size="wide"
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      dirty={dirty}
      footer={<FormButtons busy={busy} onCancel={onClose} submit={line ? 'Save line' : 'Add line'} />}
    >
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Role" error={errors.roleId}>
          <RoleSelect roles={roles} value={roleId} onChange={setRoleId} anyLabel={NO_ROLE_YET} data-autofocus />
        </Field>
        <Field label="Hours needed" error={errors.hours}>
          <input className="input num" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} placeholder="e.g. 120" />
        </Field>
        <Field label="From" error={errors.start}>
          <input className="input" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Until" error={errors.end}>
          <input className="input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </Field>
        <Field label="Priority" error={errors.priority}>
          <PrioritySelect value={priority} onChange={setPriority} />
        </Field>
        <div />
        <div className="field span-2">
          <span className="field-label">Skills required, with minimum level</span>
          <SkillsEditor value={lineSkills} onChange={setSkills} skills={skills} errors={errors} minimum />
        </div>
        <Field label="Note" error={errors.note} className="span-2">
          <textarea className="textarea" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
