import { useEffect, useState } from 'react';
import type { Template } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FieldMessage, FormError } from '../../components/Field';
import { errorFor, mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { SkillsEditor } from '../people/SkillsEditor';
import { checkTemplateDraft, draftFromTemplate, newPhase, templateDraftToInput, type PhaseDraft, type RoleDraft, type TemplateDraft } from './templateDraft';
import '../campaigns/phases.css';

/** Add or edit a template: its phases, how long each lasts, what each waits for, the hours of each role (with the skills and minimum levels it needs), and the handoff at its end. */
export function TemplateDialog({ template, onClose }: { template: Template | null; onClose: () => void }) {
  const create = useStore((s) => s.createTemplate);
  const update = useStore((s) => s.updateTemplate);
  const [draft, setDraft] = useState<TemplateDraft>(() => draftFromTemplate(template));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty(draft);
  const setPhase = (i: number, patch: Partial<PhaseDraft>) => {
    setDraft((d) => ({ ...d, phases: d.phases.map((p, k) => (k === i ? { ...p, ...patch } : p)) }));
    setErrors({});
  };
  const removePhase = (i: number) => {
    const key = draft.phases[i].key;
    setDraft((d) => ({ ...d, phases: d.phases.filter((_, k) => k !== i).map((p) => ({ ...p, dependsOn: p.dependsOn.filter((x) => x !== key) })) }));
    setErrors({});
  };

  async function submit() {
    const local = checkTemplateDraft(draft);
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    try {
      const input = templateDraftToInput(draft);
      if (template) await update({ ...input, id: template.id });
      else await create(input);
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, ['name', 'description', 'phases'], errorMessage(e)));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={template ? `Edit ${template.name}` : 'New template'}
      size="wide"
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      dirty={dirty}
      footer={<FormButtons busy={busy} onCancel={onClose} submit={template ? 'Save template' : 'Add template'} />}
    >
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Name" error={errors.name}>
          <input className="input" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-autofocus autoComplete="off" />
        </Field>
        <Field label="Description" error={errors.description}>
          <input className="input" value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} autoComplete="off" />
        </Field>
      </div>
      <FieldMessage error={errors.phases} />
      <div className="template-editor" style={{ marginTop: 12 }}>
        {draft.phases.map((p, i) => (
          <PhaseEditor key={p.key} index={i} phase={p} all={draft.phases} errors={errors} onChange={(patch) => setPhase(i, patch)} onRemove={draft.phases.length > 1 ? () => removePhase(i) : undefined} />
        ))}
      </div>
      <Button size="sm" icon="plus" style={{ marginTop: 10 }} onClick={() => setDraft((d) => ({ ...d, phases: [...d.phases, newPhase(d.phases.at(-1))] }))}>
        Add phase
      </Button>
    </Dialog>
  );
}

function PhaseEditor(props: { index: number; phase: PhaseDraft; all: PhaseDraft[]; errors: FieldErrors; onChange: (patch: Partial<PhaseDraft>) => void; onRemove?: () => void }) {
  const { index: i, phase: p, all, errors, onChange, onRemove } = props;
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const people = useStore((s) => s.allPeople);
  const peopleLoaded = useStore((s) => s.allPeopleLoaded);
  const loadAllPeople = useStore((s) => s.loadAllPeople);
  useEffect(() => {
    if (!peopleLoaded) void loadAllPeople();
  }, [peopleLoaded, loadAllPeople]);
  const at = (field: string) => `phases.${i}.${field}`;
  const label = p.name.trim() || `Phase ${i + 1}`;
  const setRole = (k: number, patch: Partial<RoleDraft>) => onChange({ roles: p.roles.map((r, j) => (j === k ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="template-phase-row" aria-label={label}>
      <div className="template-phase-head">
        <span className="template-phase-num">{i + 1}</span>
        <Field label="Phase" error={errors[at('name')]}>
          <input className="input" value={p.name} onChange={(e) => onChange({ name: e.target.value })} placeholder="Concept" autoComplete="off" />
        </Field>
        <Field label="Working days" error={errors[at('durationDays')]}>
          <input className="input num" inputMode="numeric" value={p.durationDays} onChange={(e) => onChange({ durationDays: e.target.value })} />
        </Field>
        {onRemove ? <Button size="sm" variant="ghost" iconOnly icon="trash" label={`Remove ${label}`} onClick={onRemove} /> : <span />}
      </div>
      {all.length > 1 && (
        <div>
          <span className="field-label">Starts after</span>
          <div className="template-deps" role="group" aria-label={`${label} starts after`}>
            {all.map((o, k) =>
              k === i ? null : (
                <label className="checkbox" key={o.key}>
                  <input
                    type="checkbox"
                    checked={p.dependsOn.includes(o.key)}
                    onChange={(e) => onChange({ dependsOn: e.target.checked ? [...p.dependsOn, o.key] : p.dependsOn.filter((x) => x !== o.key) })}
                  />
                  {o.name.trim() || `Phase ${k + 1}`}
                </label>
              ),
            )}
          </div>
          <FieldMessage error={errorFor(errors, at('dependsOn'))} />
        </div>
      )}
      {p.roles.map((r, k) => (
        <div className="template-role-row" key={k} role="group" aria-label={`${label}: ${roles.find((x) => x.id === r.roleId)?.name ?? `role ${k + 1}`}`}>
          <Field label="Role" error={errors[at(`roles.${k}.roleId`)]}>
            <select className="select" value={r.roleId ?? ''} onChange={(e) => setRole(k, { roleId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Choose a role…</option>
              {roles.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Hours" error={errors[at(`roles.${k}.hours`)]}>
            <input className="input num" inputMode="decimal" value={r.hours} onChange={(e) => setRole(k, { hours: e.target.value })} />
          </Field>
          <Field label="Most at once" error={errors[at(`roles.${k}.maxPeople`)]}>
            <input className="input num" inputMode="numeric" value={r.maxPeople} placeholder="any" onChange={(e) => setRole(k, { maxPeople: e.target.value })} />
          </Field>
          <Button size="sm" variant="ghost" iconOnly icon="trash" label="Remove this role" onClick={() => onChange({ roles: p.roles.filter((_, j) => j !== k) })} />
          <div className="template-role-skills">
            {r.skills.length > 0 && <span className="field-label">Skills needed, at least at the level shown</span>}
            <SkillsEditor
              value={r.skills.map((x) => ({ skillId: x.skillId, level: x.minLevel }))}
              onChange={(v) => setRole(k, { skills: v.map((x) => ({ skillId: x.skillId, minLevel: x.level })) })}
              skills={skills}
              errors={errors}
              minimum
              path={at(`roles.${k}.skills`)}
              emptyText=""
            />
          </div>
        </div>
      ))}
      <div className="template-phase-grid">
        <Field label="Handoff at the end, to" error={errors[at('handoffRoleId')] ?? errors[at('handoffTalentId')]}>
          <select className="select" value={p.handoff} onChange={(e) => onChange({ handoff: e.target.value })}>
            <option value="">No handoff</option>
            <optgroup label="A role">
              {roles.map((x) => (
                <option key={x.id} value={`role:${x.id}`}>
                  {x.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="A person">
              {people.map((x) => (
                <option key={x.id} value={`person:${x.id}`}>
                  {x.name}
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        <Field label="SLA, working days" error={errors[at('handoffSlaDays')]}>
          <input className="input num" inputMode="numeric" value={p.slaDays} disabled={!p.handoff} placeholder="0" onChange={(e) => onChange({ slaDays: e.target.value })} />
        </Field>
      </div>
      <div>
        <Button size="sm" icon="plus" onClick={() => onChange({ roles: [...p.roles, { roleId: null, hours: '', maxPeople: '', skills: [] }] })}>
          Add role hours
        </Button>
      </div>
    </fieldset>
  );
}
