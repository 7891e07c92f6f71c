import { useEffect, useState } from 'react';
import type { Brief } from '@shared/contract';
import { BRIEF_LIMITS } from '@shared/contract/briefs';
import type { Campaign } from '@shared/domain';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { errorFor, mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { BRIEF_FIELDS, briefDraftToInput, checkBriefDraft, draftFromBrief, linkError, type BriefDraft } from './briefDraft';
import { ChannelPicker } from './ChannelPicker';
import { KpiEditor } from './KpiEditor';

/** Writes or edits a campaign's brief; one save is one undo step. */
export function BriefDialog({ campaign, brief, onClose }: { campaign: Campaign; brief: Brief | null; onClose: () => void }) {
  const save = useStore((s) => s.saveBrief);
  const clear = useStore((s) => s.clearBrief);
  const [draft, setDraft] = useState<BriefDraft>(() => draftFromBrief(brief));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty(draft);
  const keepCreated = useStore((s) => s.keepCreatedInForm);
  const discardCreated = useStore((s) => s.discardCreatedInForm);
  // A channel quick-added here goes again when the dialog is cancelled (as roles and skills in Add person).
  const cancel = () => {
    void discardCreated();
    onClose();
  };
  useEffect(() => keepCreated(), [keepCreated]); // nothing from an earlier dialog is discarded by this one
  const set = (patch: Partial<BriefDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !Object.keys(patch).includes(k.split('.')[0]))));
  };

  async function submit() {
    const local = checkBriefDraft(draft);
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    try {
      await save(briefDraftToInput(campaign.id, draft), campaign.name);
      keepCreated();
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, BRIEF_FIELDS, errorMessage(e)));
      setBusy(false);
    }
  }

  async function clearAll() {
    setBusy(true);
    try {
      await clear(campaign.id, campaign.name);
      onClose();
    } catch (e) {
      setErrors({ '': errorMessage(e) });
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`${brief ? 'Edit' : 'Write'} the brief of ${campaign.name}`}
      size="wide"
      onClose={cancel}
      onSubmit={submit}
      busy={busy}
      dirty={dirty}
      footer={
        <FormButtons busy={busy} onCancel={cancel} submit="Save brief" remove={brief ? { label: 'Clear the brief', onClick: () => void clearAll() } : undefined} />
      }
    >
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Requested by" error={errors.requester}>
          <input className="input" value={draft.requester} maxLength={BRIEF_LIMITS.person} onChange={(e) => set({ requester: e.target.value })} placeholder="Who asked for it" data-autofocus autoComplete="off" />
        </Field>
        <Field label="Requested launch date" error={errors.requestedDate}>
          <input className="input" type="date" value={draft.requestedDate} onChange={(e) => set({ requestedDate: e.target.value })} />
        </Field>
        <Field label="Objective" error={errors.objective} className="span-2">
          <textarea className="textarea" rows={2} value={draft.objective} onChange={(e) => set({ objective: e.target.value })} placeholder="What the campaign should achieve" />
        </Field>
        <Field label="Audience" error={errors.audience} className="span-2">
          <textarea className="textarea" rows={2} value={draft.audience} onChange={(e) => set({ audience: e.target.value })} placeholder="Who it speaks to" />
        </Field>
        <div className="span-2">
          <ChannelPicker value={draft.channels} error={errorFor(errors, 'channels')} onChange={(channels) => set({ channels })} />
        </div>
        <div className="span-2">
          <KpiEditor kpis={draft.kpis} errors={errors} onChange={(kpis) => set({ kpis })} />
        </div>
        <Field label="Links" error={linkError(errors)} hint="One per line. Kept as text: the app never opens them." className="span-2">
          <textarea className="textarea brief-links-input" rows={3} value={draft.links} onChange={(e) => set({ links: e.target.value })} spellCheck={false} />
        </Field>
        <Field label="Results of past campaigns" error={errors.history} className="span-2">
          <textarea className="textarea" rows={3} value={draft.history} onChange={(e) => set({ history: e.target.value })} placeholder="What similar campaigns achieved" />
        </Field>
      </div>
    </Dialog>
  );
}
