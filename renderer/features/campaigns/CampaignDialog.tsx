import { useState } from 'react';
import { CAMPAIGN_STATUSES, type Campaign } from '@shared/domain';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Field, FormError } from '../../components/Field';
import { CAMPAIGN_STATUS_LABEL } from '../../components/StatusBadge';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { CAMPAIGN_FIELDS, campaignDraftToInput, checkCampaignDraft, draftFromCampaign, newCampaignDraft, type CampaignDraft } from './campaignDraft';
import { ColourPicker } from './ColourPicker';
import { PrioritySelect } from './PrioritySelect';


/** Add or edit a campaign: every field, with messages beside the field they concern. */
export function CampaignDialog({ campaign, onClose, onCreated }: { campaign: Campaign | null; onClose: () => void; onCreated?: (c: Campaign) => void }) {
  const clients = useStore((s) => s.clients);
  const create = useStore((s) => s.createCampaign);
  const update = useStore((s) => s.updateCampaign);
  const [draft, setDraft] = useState<CampaignDraft>(() => (campaign ? draftFromCampaign(campaign) : newCampaignDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty(draft);
  const set = (patch: Partial<CampaignDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
  };

  async function submit() {
    const local = checkCampaignDraft(draft);
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    try {
      if (campaign) await update({ ...campaignDraftToInput(draft), id: campaign.id });
      else {
        const created = await create(campaignDraftToInput(draft));
        onCreated?.(created);
      }
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, CAMPAIGN_FIELDS, errorMessage(e)));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={campaign ? `Edit ${campaign.name}` : 'New campaign'}
      size="wide"
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      dirty={dirty}
      footer={<FormButtons busy={busy} onCancel={onClose} submit={campaign ? 'Save changes' : 'Add campaign'} />}
    >
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Name" error={errors.name}>
          <input className="input" value={draft.name} onChange={(e) => set({ name: e.target.value })} data-autofocus autoComplete="off" />
        </Field>
        <Field label="Client" error={errors.client}>
          <input className="input" list="campaign-clients" value={draft.client} onChange={(e) => set({ client: e.target.value })} autoComplete="off" />
        </Field>
        <datalist id="campaign-clients">
          {clients.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label="Status" error={errors.status}>
          <select
            className="select"
            value={draft.status}
            onChange={(e) => {
              const status = e.target.value as CampaignDraft['status'];
              // Only a pitch is uncertain: a won one is certain, a lost one is over, a paused one keeps its chance.
              const probability = status === 'pipeline' ? (draft.status === 'pipeline' || draft.status === 'on_hold' ? draft.probability : '50')
                : status === 'lost' ? '0' : status === 'on_hold' ? draft.probability : '100';
              set({ status, probability });
            }}
          >
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CAMPAIGN_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </Field>
        <div className="form-grid" style={{ gap: 16 }}>
          <Field label="Probability %" error={errors.probability}>
            <input className="input num" inputMode="decimal" value={draft.probability} onChange={(e) => set({ probability: e.target.value })} />
          </Field>
          <Field label="Priority" error={errors.priority}>
            <PrioritySelect value={draft.priority} onChange={(priority) => set({ priority })} />
          </Field>
        </div>
        <Field label="Starts" error={errors.start}>
          <input className="input" type="date" value={draft.start} onChange={(e) => set({ start: e.target.value })} />
        </Field>
        <Field label="Ends" error={errors.end}>
          <input className="input" type="date" value={draft.end} onChange={(e) => set({ end: e.target.value })} />
        </Field>
        <div className="form-grid" style={{ gridTemplateColumns: '1fr 96px', gap: 16 }}>
          <Field label="Budget" error={errors.budget}>
            <input className="input num" inputMode="decimal" value={draft.budget} placeholder="0" onChange={(e) => set({ budget: e.target.value })} />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <CurrencySelect value={draft.currency} onChange={(currency) => set({ currency })} />
          </Field>
        </div>
        <Field label="Owner" error={errors.owner}>
          <input className="input" value={draft.owner} onChange={(e) => set({ owner: e.target.value })} placeholder="Who runs it" />
        </Field>
        <div className="field span-2">
          <span className="field-label">Colour</span>
          <ColourPicker value={draft.colour} onChange={(colour) => set({ colour })} />
        </div>
        <Field label="Notes" error={errors.notes} className="span-2">
          <textarea className="textarea" rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </Field>
      </div>
    </Dialog>
  );
}
