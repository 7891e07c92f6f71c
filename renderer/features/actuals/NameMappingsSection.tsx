import './actuals.css';
import { useEffect, useState } from 'react';
import { ACTUAL_SOURCE_WORDS, type NameMapping } from '@shared/actuals/types';
import { isoOfLocalDate } from '@shared/dates';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Field, FormError } from '../../components/Field';
import { formatDate, formatNumber } from '../../lib/format';
import { useBusyAction } from '../../lib/useBusyAction';
import { useStore } from '../../store';

const dayOf = (timestamp: string) => formatDate(isoOfLocalDate(new Date(timestamp)));

/** "‘J. Weber’ in Harvest → Jonas Weber". */
export function mappingSentence(m: NameMapping): string {
  const where = m.tool ? ` in ${ACTUAL_SOURCE_WORDS[m.tool]}` : '';
  return `‘${m.shownName}’${where} → ${m.targetName ?? `a ${m.kind} no longer in the workspace`}`;
}

function mappingDetail(m: NameMapping): string {
  const parts = [m.madeAt ? `Remembered ${dayOf(m.madeAt)}` : 'Remembered by an earlier import'];
  if (m.rows !== null && m.usedAt) parts.push(`matched ${formatNumber(m.rows, 0)} ${m.rows === 1 ? 'row' : 'rows'} in the import of ${dayOf(m.usedAt)}`);
  return parts.join(' · ');
}

/** Points a mapping at another person or campaign: the lists the Log hours dialog uses. */
function RetargetForm({ mapping, onDone }: { mapping: NameMapping; onDone: () => void }) {
  const people = useStore((s) => s.allPeople);
  const campaigns = useStore((s) => s.allCampaigns);
  const [targetId, setTargetId] = useState(mapping.targetName ? mapping.targetId : 0);
  const { busy, error, run } = useBusyAction();
  useEffect(() => {
    const s = useStore.getState();
    void (mapping.kind === 'person' ? s.allPeopleLoaded || s.loadAllPeople() : s.allCampaignsLoaded || s.loadAllCampaigns());
  }, [mapping.kind]);
  const choices = mapping.kind === 'person' ? people : campaigns;
  const save = () => run(async () => {
    await useStore.getState().retargetNameMapping(mapping, targetId);
    onDone();
  });
  return (
    <form className="settings-form-row mapping-retarget" onSubmit={(e) => (e.preventDefault(), void save())}>
      <Field label={`‘${mapping.shownName}’ is`} className="grow">
        <select className="select" value={targetId || ''} onChange={(e) => setTargetId(Number(e.target.value))} autoFocus>
          <option value="" disabled>Choose a {mapping.kind}…</option>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <span className="settings-form-buttons">
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="primary" type="submit" disabled={busy || !targetId || targetId === mapping.targetId}>Save</Button>
      </span>
      <FormError message={error} />
    </form>
  );
}

function MappingRows({ title, list, editing, setEditing, forget, busy }: {
  title: string; list: NameMapping[]; editing: string | null; setEditing: (key: string | null) => void; forget: (m: NameMapping) => void; busy: boolean;
}) {
  if (list.length === 0) return null;
  return (
    <>
      <tr className="settings-group"><th colSpan={2} scope="rowgroup">{title}</th></tr>
      {list.map((m) => {
        const key = `${m.kind}:${m.sourceName}`;
        return (
          <tr key={key}>
            <td>
              <div className={m.targetName ? 'mapping-sentence' : 'mapping-sentence mapping-lost'}>{mappingSentence(m)}</div>
              <div className="muted mapping-detail">{mappingDetail(m)}</div>
              {editing === key && <RetargetForm mapping={m} onDone={() => setEditing(null)} />}
            </td>
            <td className="actions-cell mapping-actions">
              <span className="row-actions">
                <Button size="sm" icon="edit" aria-label={`Change what ‘${m.shownName}’ maps to…`} onClick={() => setEditing(editing === key ? null : key)}>Change…</Button>
                <Button size="sm" icon="trash" aria-label={`Forget ‘${m.shownName}’`} disabled={busy} onClick={() => forget(m)}>Forget</Button>
              </span>
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** The names imports remembered ("‘J. Weber’ in Harvest → Jonas Weber"): seen, pointed elsewhere, or forgotten. */
export function NameMappingsSection() {
  const mappings = useStore((s) => s.nameMappings);
  const [editing, setEditing] = useState<string | null>(null);
  const { busy, error, run } = useBusyAction();
  useEffect(() => {
    void run(() => useStore.getState().loadNameMappings());
  }, [run]);
  const forget = (m: NameMapping) => void run(() => useStore.getState().forgetNameMapping(m));
  const rows = { editing, setEditing, forget, busy };
  return (
    <section className="card" aria-labelledby="mappings-title">
      <div className="card-header">
        <div>
          <h2 id="mappings-title">Name mappings</h2>
          <p className="sub">
            When an import of time tracking names someone or something the workspace doesn’t know, the person or campaign you choose is remembered for later
            imports. Forget one and the next import asks again. Rows already imported keep their person or campaign until their file is imported again.
          </p>
        </div>
      </div>
      <FormError message={error} />
      {mappings !== null && mappings.length === 0 ? (
        <EmptyState icon="people" title="No remembered names yet">
          Import time tracking from the Actuals view: names it can’t match are listed there, and what you choose for each is remembered here.
        </EmptyState>
      ) : (
        <table className="table settings-table">
          <thead>
            <tr>
              <th>Name in the file → in the workspace</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            <MappingRows title="People" list={(mappings ?? []).filter((m) => m.kind === 'person')} {...rows} />
            <MappingRows title="Campaigns" list={(mappings ?? []).filter((m) => m.kind === 'campaign')} {...rows} />
          </tbody>
        </table>
      )}
    </section>
  );
}
