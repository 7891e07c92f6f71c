import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { FieldErrors } from '../../lib/fieldErrors';
import { useStore } from '../../store';
import { SkillsEditor } from '../people/SkillsEditor';
import type { RoleDraft } from './templateDraft';

// A phase's role hours and handoff, as the template editor and a campaign's Add phase dialog both ask for them.

export const emptyRoleDraft = (): RoleDraft => ({ roleId: null, hours: '', maxPeople: '', skills: [] });

interface RoleRowsProps {
  rows: RoleDraft[];
  onChange: (rows: RoleDraft[]) => void;
  errors: FieldErrors;
  /** The errors' key for a field of the phase ('roles.0.hours', or 'phases.2.roles.0.hours' in a template). */
  at: (field: string) => string;
  /** Names each row for a screen reader ("Concept: Designer"). */
  label: string;
}

/** Each role's hours, the most people at once, and the skills it needs at a minimum level; with Add role hours. */
export function RoleHoursRows({ rows, onChange, errors, at, label }: RoleRowsProps) {
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const setRow = (k: number, patch: Partial<RoleDraft>) => onChange(rows.map((r, j) => (j === k ? { ...r, ...patch } : r)));
  return (
    <>
      {rows.map((r, k) => (
        <div className="template-role-row" key={k} role="group" aria-label={`${label}: ${roles.find((x) => x.id === r.roleId)?.name ?? `role ${k + 1}`}`}>
          <Field label="Role" error={errors[at(`roles.${k}.roleId`)]}>
            <select className="select" value={r.roleId ?? ''} onChange={(e) => setRow(k, { roleId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Choose a role…</option>
              {roles.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Hours" error={errors[at(`roles.${k}.hours`)]}>
            <input className="input num" inputMode="decimal" value={r.hours} onChange={(e) => setRow(k, { hours: e.target.value })} />
          </Field>
          <Field label="Most at once" error={errors[at(`roles.${k}.maxPeople`)]}>
            <input className="input num" inputMode="numeric" value={r.maxPeople} placeholder="any" onChange={(e) => setRow(k, { maxPeople: e.target.value })} />
          </Field>
          <Button size="sm" variant="ghost" iconOnly icon="trash" label="Remove this role" onClick={() => onChange(rows.filter((_, j) => j !== k))} />
          <div className="template-role-skills">
            {r.skills.length > 0 && <span className="field-label">Skills needed, at least at the level shown</span>}
            <SkillsEditor
              value={r.skills.map((x) => ({ skillId: x.skillId, level: x.minLevel }))}
              onChange={(v) => setRow(k, { skills: v.map((x) => ({ skillId: x.skillId, minLevel: x.level })) })}
              skills={skills}
              errors={errors}
              minimum
              path={at(`roles.${k}.skills`)}
              emptyText=""
            />
          </div>
        </div>
      ))}
      <div>
        <Button size="sm" icon="plus" onClick={() => onChange([...rows, emptyRoleDraft()])}>
          Add role hours
        </Button>
      </div>
    </>
  );
}

interface HandoffProps {
  /** '' none, 'role:<id>' or 'person:<id>'. */
  value: string;
  sla: string;
  onChange: (value: string) => void;
  onSlaChange: (sla: string) => void;
  errors: FieldErrors;
  at: (field: string) => string;
}

/** Who receives the phase's work at its end (a role or a person), and in how many working days. */
export function HandoffFields({ value, sla, onChange, onSlaChange, errors, at }: HandoffProps) {
  const roles = useStore((s) => s.roles);
  const people = useStore((s) => s.allPeople);
  const peopleLoaded = useStore((s) => s.allPeopleLoaded);
  const loadAllPeople = useStore((s) => s.loadAllPeople);
  useEffect(() => {
    if (!peopleLoaded) void loadAllPeople();
  }, [peopleLoaded, loadAllPeople]);
  return (
    <>
      <Field label="Handoff at the end, to" error={errors[at('handoffRoleId')] ?? errors[at('handoffTalentId')]}>
        <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
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
        <input className="input num" inputMode="numeric" value={sla} disabled={!value} placeholder="0" onChange={(e) => onSlaChange(e.target.value)} />
      </Field>
    </>
  );
}
