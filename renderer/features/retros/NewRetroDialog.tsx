import { useEffect, useState } from 'react';
import { ApiCallError, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useStore } from '../../store';

/** A new retrospective: for a campaign (its dates) or for a period. */
export function NewRetroDialog({ onClose }: { onClose: () => void }) {
  const campaigns = useStore((s) => s.allCampaigns);
  const range = useStore((s) => s.actualsRange);
  const [kind, setKind] = useState<'campaign' | 'period'>('campaign');
  const [title, setTitle] = useState('');
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [start, setStart] = useState(range.start);
  const [end, setEnd] = useState(range.end);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const s = useStore.getState();
    void (s.allCampaignsLoaded ? null : s.loadAllCampaigns());
  }, []);

  async function save() {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Give the retrospective a title';
    if (kind === 'campaign' && campaignId === null) found.campaignId = 'Choose the campaign to look back on';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await useStore.getState().createRetro(kind === 'campaign' ? { title, campaignId } : { title, campaignId: null, start, end });
      onClose();
    } catch (e) {
      setErrors(e instanceof ApiCallError && e.field ? { [e.field]: e.message } : { form: errorMessage(e) });
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="New retrospective"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={<><Button onClick={onClose}>Cancel</Button><Button variant="primary" type="submit" disabled={busy}>Create</Button></>}
    >
      <Field label="Title" error={errors.title}>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Spring Launch, looking back" />
      </Field>
      <div className="segmented" role="group" aria-label="Look back on">
        <button type="button" aria-pressed={kind === 'campaign'} onClick={() => setKind('campaign')}>A campaign</button>
        <button type="button" aria-pressed={kind === 'period'} onClick={() => setKind('period')}>A period</button>
      </div>
      {kind === 'campaign' ? (
        <Field label="Campaign" error={errors.campaignId} hint="The report covers the campaign’s dates.">
          <select className="select" value={campaignId ?? ''} onChange={(e) => setCampaignId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Choose a campaign…</option>
            {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </Field>
      ) : (
        <div className="form-row">
          <Field label="From" error={errors.start}><input className="input" type="date" value={start} onChange={(e) => setStart(e.target.value)} /></Field>
          <Field label="To" error={errors.end}><input className="input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} /></Field>
        </div>
      )}
      {errors.form && <div className="io-error" role="alert">{errors.form}</div>}
    </Dialog>
  );
}
