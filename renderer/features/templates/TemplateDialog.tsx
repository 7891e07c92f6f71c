import { useState } from 'react';
import type { Template } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FieldMessage, FormError } from '../../components/Field';
import { errorFor, mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { checkTemplateDraft, draftFromTemplate, newPhase, templateDraftToInput, type PhaseDraft, type TemplateDraft } from './templateDraft';
import { HandoffFields, RoleHoursRows } from './PhaseFields';
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
  const at = (field: string) => `phases.${i}.${field}`;
  const label = p.name.trim() || `Phase ${i + 1}`;
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
      <RoleHoursRows rows={p.roles} onChange={(rows) => onChange({ roles: rows })} errors={errors} at={at} label={label} />
      <div className="template-phase-grid">
        <HandoffFields value={p.handoff} sla={p.slaDays} onChange={(handoff) => onChange({ handoff })} onSlaChange={(slaDays) => onChange({ slaDays })} errors={errors} at={at} />
      </div>
    </fieldset>
  );
}
