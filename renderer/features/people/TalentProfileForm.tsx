import { TALENT_KINDS, type RateUnit, type TalentKind, type WeekHours } from '@shared/domain';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Field } from '../../components/Field';
import { QuickAdd } from '../../components/QuickAdd';
import { errorFor, type FieldErrors } from '../../lib/fieldErrors';
import { useStore } from '../../store';
import { HolidayFields } from './HolidayFields';
import { OtherRolesPicker } from './OtherRolesPicker';
import { SkillsEditor } from './SkillsEditor';
import { TagsInput } from './TagsInput';
import { KIND_LABEL } from '../../lib/talentKinds';
import { formatRateBoth } from '../../lib/rates';
import { parseNumber, type TalentDraft } from './talentDraft';


interface Props {
  draft: TalentDraft;
  set: (patch: Partial<TalentDraft>) => void;
  errors: FieldErrors;
  /** The working pattern in force, to show a day rate per hour and the other way round. */
  week?: WeekHours | null;
}

/** A rate as the user enters it, per hour or per day, with both figures beneath it ("£450/day · £60/h"). */
function RateField({ label, rate, unit, currency, week, error, onChange }: {
  label: string; rate: string; unit: RateUnit; currency: string; week: WeekHours | null; error?: string;
  onChange: (rate: string, unit: RateUnit) => void;
}) {
  const value = parseNumber(rate, 0);
  const both = value !== null && Number.isFinite(value) && value > 0 ? formatRateBoth(value, unit, currency, week) : undefined;
  return (
    <Field label={label} error={error} hint={both}>
      <div className="rate-input" role="group" aria-label={label}>
        <input className="input num" inputMode="decimal" aria-label={`${label} per ${unit}`} value={rate} onChange={(e) => onChange(e.target.value, unit)} placeholder="0" />
        <select className="select" aria-label={`${label} unit`} value={unit} onChange={(e) => onChange(rate, e.target.value as RateUnit)}>
          <option value="hour">per hour</option>
          <option value="day">per day</option>
        </select>
      </div>
    </Field>
  );
}

/** Every field of a person: who, what they do, what they cost, when they can work. */
export function TalentProfileForm({ draft, set, errors, week = null }: Props) {
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const createRole = useStore((s) => s.createRole);
  const createSkill = useStore((s) => s.createSkill);
  const role = roles.find((r) => r.id === draft.primaryRoleId);

  return (
    <>
      <section className="form-section">
        <div className="form-grid">
          <Field label="Kind" error={errors.kind} className="span-2">
            <div className="segmented" role="group">
              {TALENT_KINDS.map((k: TalentKind) => (
                <button key={k} type="button" aria-pressed={draft.kind === k} onClick={() => set({ kind: k })}>
                  {KIND_LABEL[k]}
                </button>
              ))}
            </div>
          </Field>
          <Field label={draft.kind === 'agency' ? 'Agency name' : 'Name'} error={errors.name}>
            <input className="input" value={draft.name} onChange={(e) => set({ name: e.target.value })} data-autofocus autoComplete="off" />
          </Field>
          <Field label="Email" error={errors.email}>
            <input className="input" type="email" value={draft.email} onChange={(e) => set({ email: e.target.value })} autoComplete="off" />
          </Field>
          <Field label="Team" error={errors.team}>
            <input className="input" value={draft.team} onChange={(e) => set({ team: e.target.value })} placeholder="e.g. Design" />
          </Field>
          {draft.kind === 'agency' ? (
            <Field label="Headcount" error={errors.headcount} hint="How many people the agency supplies.">
              <input className="input num" inputMode="numeric" value={draft.headcount} onChange={(e) => set({ headcount: e.target.value })} />
            </Field>
          ) : (
            <div />
          )}
        </div>
      </section>

      <section className="form-section">
        <h3>Roles and skills</h3>
        <div className="form-grid" style={{ marginTop: 10 }}>
          <Field label="Primary role" error={errors.primaryRoleId}>
            <select className="select" value={draft.primaryRoleId ?? ''} onChange={(e) => set({ primaryRoleId: e.target.value ? Number(e.target.value) : null })}>
              {draft.primaryRoleId === null && <option value="">{roles.length ? 'Choose a role…' : 'No roles yet: add one →'}</option>}
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </Field>
          <div className="field" style={{ justifyContent: 'flex-end', alignItems: 'flex-start' }}>
            <QuickAdd label="New role" placeholder="e.g. Art Director" onAdd={async (name) => set({ primaryRoleId: (await createRole(name)).id })} />
          </div>
          <div className="field span-2">
            <span className="field-label">Can also work as</span>
            <OtherRolesPicker roles={roles} primaryRoleId={draft.primaryRoleId} value={draft.otherRoleIds} onChange={(otherRoleIds) => set({ otherRoleIds })} />
          </div>
          <div className="field span-2">
            <span className="field-label">Skills and levels (1 = learning, 5 = expert)</span>
            <SkillsEditor
              value={draft.skills}
              onChange={(s) => set({ skills: s })}
              skills={skills}
              errors={errors}
              extra={<QuickAdd label="New skill" placeholder="e.g. Figma" onAdd={async (name) => set({ skills: [...draft.skills, { skillId: (await createSkill(name)).id, level: 3 }] })} />}
            />
          </div>
          <Field label="Tags" error={errorFor(errors, 'tags')} className="span-2">
            <TagsInput value={draft.tags} onChange={(tags) => set({ tags })} />
          </Field>
        </div>
      </section>

      <section className="form-section">
        <h3>Rates</h3>
        <div className="form-grid-3" style={{ marginTop: 10 }}>
          <RateField label="Cost rate" rate={draft.costRate} unit={draft.costRateUnit} currency={draft.currency} week={week} error={errors.costRate}
            onChange={(costRate, costRateUnit) => set({ costRate, costRateUnit })} />
          <RateField label="Bill rate" rate={draft.billRate} unit={draft.billRateUnit} currency={draft.currency} week={week} error={errors.billRate}
            onChange={(billRate, billRateUnit) => set({ billRate, billRateUnit })} />
          <Field label="Currency" error={errors.currency}>
            <CurrencySelect value={draft.currency} onChange={(currency) => set({ currency })} />
          </Field>
          <Field label="Utilisation target" error={errors.utilisationTarget} hint={role ? `Empty uses the role’s ${role.utilisationTarget}%` : undefined}>
            <input className="input num" inputMode="decimal" value={draft.utilisationTarget} onChange={(e) => set({ utilisationTarget: e.target.value })} placeholder={role ? `${role.utilisationTarget}%` : '%'} />
          </Field>
        </div>
      </section>

      <section className="form-section">
        <h3>Availability</h3>
        <div className="form-grid" style={{ marginTop: 10 }}>
          <HolidayFields
            country={draft.holidayCountry}
            region={draft.holidayRegion}
            onChange={(holidayCountry, holidayRegion) => set({ holidayCountry, holidayRegion })}
            countryError={errors.holidayCountry}
            regionError={errors.holidayRegion}
          />
          <Field label="Works with us from" error={errors.activeFrom} hint="Empty: no start date.">
            <input className="input" type="date" value={draft.activeFrom} onChange={(e) => set({ activeFrom: e.target.value })} />
          </Field>
          <Field label="Until" error={errors.activeTo} hint="Empty: open-ended.">
            <input className="input" type="date" value={draft.activeTo} onChange={(e) => set({ activeTo: e.target.value })} />
          </Field>
        </div>
      </section>

      <section className="form-section">
        <Field label="Notes" error={errors.notes}>
          <textarea className="textarea" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} rows={3} />
        </Field>
      </section>
    </>
  );
}
