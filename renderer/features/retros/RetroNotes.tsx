import { useEffect, useState } from 'react';
import type { RetroReport } from '@shared/contract';
import { ApiCallError, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useStore } from '../../store';
import { ActionRow } from './OpenActions';

/** What worked and what stalled: free text, saved with one button. */
function Notes({ report }: { report: RetroReport }) {
  const { retro } = report;
  const [worked, setWorked] = useState(retro.worked);
  const [stalled, setStalled] = useState(retro.stalled);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setWorked(retro.worked);
    setStalled(retro.stalled);
  }, [retro.id, retro.worked, retro.stalled]);
  const dirty = worked !== retro.worked || stalled !== retro.stalled;
  const save = () => useStore.getState().updateRetro({ id: retro.id, worked, stalled }).then(() => setError(null), (e) => setError(errorMessage(e)));
  return (
    <section className="card retro-notes">
      <div className="card-header"><h2>Notes</h2></div>
      <div className="card-body">
        <div className="retro-notes-grid">
          <Field label="What worked"><textarea className="input" rows={5} value={worked} onChange={(e) => setWorked(e.target.value)} /></Field>
          <Field label="What stalled"><textarea className="input" rows={5} value={stalled} onChange={(e) => setStalled(e.target.value)} /></Field>
        </div>
        {error && <div className="io-error" role="alert">{error}</div>}
        <Button variant="primary" disabled={!dirty} onClick={() => void save()}>Save notes</Button>
      </div>
    </section>
  );
}

/** The retrospective's actions, and a line to add one (text, owner, due day). */
function Actions({ report }: { report: RetroReport }) {
  const people = useStore((s) => s.allPeople);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<number | null>(null);
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    const s = useStore.getState();
    void (s.allPeopleLoaded ? null : s.loadAllPeople());
  }, []);
  async function add() {
    if (!text.trim()) return setErrors({ text: 'Say what is to be done' });
    try {
      await useStore.getState().addRetroAction({ retroId: report.retro.id, text, ownerId, due: due || null });
      setText('');
      setDue('');
      setErrors({});
    } catch (e) {
      setErrors(e instanceof ApiCallError && e.field ? { [e.field]: e.message } : { form: errorMessage(e) });
    }
  }
  return (
    <section className="card">
      <div className="card-header"><h2>Actions</h2><span className="sub">listed under Open actions until done</span></div>
      <div className="card-body">
        {report.actions.length > 0 ? <ul className="retro-actions">{report.actions.map((a) => <ActionRow key={a.id} action={a} editable />)}</ul> : <p className="hint">No actions yet.</p>}
        <form className="retro-add-action" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <Field label="New action" error={errors.text}><input className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder="Book the producer before the brief ends" /></Field>
          <Field label="Owner" error={errors.ownerId}>
            <select className="select" value={ownerId ?? ''} onChange={(e) => setOwnerId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">No owner</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </Field>
          <Field label="Due" error={errors.due}><input className="input" type="date" value={due} onChange={(e) => setDue(e.target.value)} /></Field>
          <Button type="submit" icon="plus">Add action</Button>
        </form>
        {errors.form && <div className="io-error" role="alert">{errors.form}</div>}
      </div>
    </section>
  );
}

export function RetroNotes({ report }: { report: RetroReport }) {
  return (
    <>
      <Notes report={report} />
      <Actions report={report} />
    </>
  );
}
