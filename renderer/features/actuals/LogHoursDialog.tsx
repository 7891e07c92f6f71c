import { useEffect, useState } from 'react';
import { ApiCallError, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { useStore } from '../../store';

interface Draft {
  talentId: number | null;
  campaignId: number | null;
  date: string;
  hours: string;
  note: string;
}

interface Props {
  onClose: () => void;
  talentId?: number | null;
  campaignId?: number | null;
  /** Opened from the person's own page: their name is shown, not chosen. */
  personFixed?: boolean;
}

/** Hours entered by hand for a person, campaign and day; entering them again replaces them, 0 removes them. */
export function LogHoursDialog({ onClose, talentId = null, campaignId = null, personFixed = false }: Props) {
  const people = useStore((s) => s.allPeople);
  const campaigns = useStore((s) => s.allCampaigns);
  const [draft, setDraft] = useState<Draft>({ talentId, campaignId, date: todayIso(), hours: '', note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const s = useStore.getState();
    void (s.allPeopleLoaded ? null : s.loadAllPeople());
    void (s.allCampaignsLoaded ? null : s.loadAllCampaigns());
  }, []);

  async function save() {
    const hours = Number(draft.hours.replace(',', '.'));
    const found: Record<string, string> = {};
    if (draft.talentId === null) found.talentId = 'Choose who worked the hours';
    if (draft.campaignId === null) found.campaignId = 'Choose the campaign';
    if (draft.hours.trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 24) found.hours = 'Hours from 0 to 24 (0 removes what was entered)';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await useStore.getState().logActual({ talentId: draft.talentId!, campaignId: draft.campaignId!, date: draft.date, hours, note: draft.note });
      onClose();
    } catch (e) {
      setErrors(e instanceof ApiCallError && e.field ? { [e.field]: e.message } : { form: errorMessage(e) });
      setBusy(false);
    }
  }

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Dialog
      title="Log hours"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" type="submit" disabled={busy}>Save</Button></>}
    >
      <Field label="Person" error={errors.talentId}>
        {personFixed && talentId !== null ? (
          <input className="input" readOnly value={people.find((p) => p.id === talentId)?.name ?? ''} />
        ) : (
          <select className="select" value={draft.talentId ?? ''} onChange={(e) => set({ talentId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Choose a person…</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        )}
      </Field>
      <Field label="Campaign" error={errors.campaignId}>
        <select className="select" value={draft.campaignId ?? ''} onChange={(e) => set({ campaignId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Choose a campaign…</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <div className="form-row">
        <Field label="Day" error={errors.date}>
          <input className="input" type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </Field>
        <Field label="Hours" error={errors.hours}>
          <input className="input" inputMode="decimal" value={draft.hours} onChange={(e) => set({ hours: e.target.value })} placeholder="7.5" />
        </Field>
      </div>
      <Field label="Note" error={errors.note}>
        <input className="input" value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </Field>
      {errors.form && <div className="io-error" role="alert">{errors.form}</div>}
    </Dialog>
  );
}
