import { BRIEF_LIMITS } from '@shared/contract/briefs';
import { Button } from '../../components/Button';
import { FieldMessage } from '../../components/Field';
import type { KpiDraft } from './briefDraft';

interface Props {
  kpis: KpiDraft[];
  errors: Record<string, string>;
  onChange: (kpis: KpiDraft[]) => void;
}

/** KPIs as rows of name, target and unit; each row's messages beside it. */
export function KpiEditor({ kpis, errors, onChange }: Props) {
  const setRow = (i: number, patch: Partial<KpiDraft>) => onChange(kpis.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  return (
    <fieldset className="brief-kpis">
      <legend className="field-label">KPIs</legend>
      {kpis.length > 0 && (
        <div className="brief-kpi-head" aria-hidden="true">
          <span>Name</span>
          <span>Target</span>
          <span>Unit</span>
        </div>
      )}
      {kpis.map((k, i) => {
        const rowError = errors[`kpis.${i}.name`] ?? errors[`kpis.${i}.target`] ?? errors[`kpis.${i}.unit`] ?? errors[`kpis.${i}`];
        return (
          <div key={i} className="brief-kpi-row">
            <input className="input" aria-label={`KPI ${i + 1} name`} value={k.name} placeholder="e.g. Reach" aria-invalid={errors[`kpis.${i}.name`] ? true : undefined} onChange={(e) => setRow(i, { name: e.target.value })} />
            <input className="input num" inputMode="decimal" aria-label={`KPI ${i + 1} target`} value={k.target} placeholder="0" aria-invalid={errors[`kpis.${i}.target`] ? true : undefined} onChange={(e) => setRow(i, { target: e.target.value })} />
            <input className="input" aria-label={`KPI ${i + 1} unit`} value={k.unit} placeholder="e.g. people, %, EUR" onChange={(e) => setRow(i, { unit: e.target.value })} />
            <Button size="sm" variant="ghost" icon="trash" iconOnly label={`Remove KPI ${i + 1}`} onClick={() => onChange(kpis.filter((_, j) => j !== i))} />
            {rowError && (
              <div className="brief-kpi-error">
                <FieldMessage error={rowError} />
              </div>
            )}
          </div>
        );
      })}
      <FieldMessage error={errors.kpis} />
      <Button size="sm" variant="ghost" icon="plus" disabled={kpis.length >= BRIEF_LIMITS.kpis} onClick={() => onChange([...kpis, { name: '', target: '', unit: '' }])}>
        Add a KPI
      </Button>
    </fieldset>
  );
}
