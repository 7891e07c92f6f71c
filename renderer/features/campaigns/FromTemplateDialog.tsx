import { useEffect, useMemo, useState } from 'react';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus, type Priority } from '@shared/domain';
import { isIsoDate } from '@shared/dates';
import { scheduleBackward, scheduleForward, studioCalendar } from '@shared/phases';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { CAMPAIGN_STATUS_LABEL } from '../../components/StatusBadge';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { formatDateRange, formatHours, todayIso } from '../../lib/format';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { PrioritySelect } from './PrioritySelect';

interface Draft {
  templateId: number | null;
  name: string;
  client: string;
  status: CampaignStatus;
  priority: Priority;
  anchor: 'start' | 'launch';
  date: string;
}

/** A new campaign from a template: its phases dated from a start day, or back from a launch day; each phase's role hours become demand lines. */
export function FromTemplateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Campaign) => void }) {
  const templates = useStore((s) => s.templates);
  const loaded = useStore((s) => s.templatesLoaded);
  const loadTemplates = useStore((s) => s.loadTemplates);
  const closures = useStore((s) => s.closures);
  const closuresLoaded = useStore((s) => s.closuresLoaded);
  const loadClosures = useStore((s) => s.loadClosures);
  const roles = useStore((s) => s.roles);
  const clients = useStore((s) => s.clients);
  const create = useStore((s) => s.createCampaignFromTemplate);
  const [draft, setDraft] = useState<Draft>({ templateId: null, name: '', client: '', status: 'pipeline', priority: 3, anchor: 'start', date: todayIso() });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const dirty = useDirty(draft);
  useEffect(() => {
    if (!loaded) void loadTemplates();
    if (!closuresLoaded) void loadClosures();
  }, [loaded, loadTemplates, closuresLoaded, loadClosures]);
  const templateId = draft.templateId ?? templates[0]?.id ?? null;
  const template = templates.find((t) => t.id === templateId);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };
  const preview = useMemo(() => {
    if (!template || !isIsoDate(draft.date)) return null;
    const cal = studioCalendar(closures);
    const plans = template.phases.map((p) => ({ durationDays: p.durationDays, dependsOn: p.dependsOn }));
    return draft.anchor === 'start' ? scheduleForward(plans, draft.date, cal) : scheduleBackward(plans, draft.date, cal);
  }, [template, draft.date, draft.anchor, closures]);
  const roleName = (id: number) => roles.find((r) => r.id === id)?.name ?? 'Role';

  async function submit() {
    if (templateId === null) return setErrors({ templateId: 'Add a template first (Settings → Templates)' });
    if (!draft.name.trim()) return setErrors({ name: 'Required' });
    setBusy(true);
    try {
      const { templateId: _t, anchor, date, ...campaign } = draft;
      const created = await create({ templateId, anchor, date, campaign: { ...campaign, probability: campaign.status === 'pipeline' ? 50 : 100 } });
      onCreated(created);
      onClose();
    } catch (e) {
      const mapped = mapApiError(e, ['templateId', 'date', 'campaign'], errorMessage(e));
      if (mapped['campaign.name']) mapped.name = mapped['campaign.name'];
      setErrors(mapped);
      setBusy(false);
    }
  }

  return (
    <Dialog title="New campaign from template" size="wide" onClose={onClose} onSubmit={submit} busy={busy} dirty={dirty} footer={<FormButtons busy={busy} onCancel={onClose} submit="Add campaign" />}>
      <FormError message={errors['']} />
      <div className="form-grid">
        <Field label="Template" error={errors.templateId}>
          <select className="select" value={templateId ?? ''} onChange={(e) => set({ templateId: Number(e.target.value) })} data-autofocus>
            {templates.length === 0 && <option value="">No templates yet</option>}
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Name" error={errors.name}>
          <input className="input" value={draft.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" />
        </Field>
        <Field label="Client">
          <input className="input" list="template-clients" value={draft.client} onChange={(e) => set({ client: e.target.value })} autoComplete="off" />
        </Field>
        <datalist id="template-clients">
          {clients.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div className="form-grid" style={{ gap: 16 }}>
          <Field label="Status">
            <select className="select" value={draft.status} onChange={(e) => set({ status: e.target.value as CampaignStatus })}>
              {CAMPAIGN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CAMPAIGN_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Priority">
            <PrioritySelect value={draft.priority} onChange={(priority) => set({ priority })} />
          </Field>
        </div>
        <Field label="Plan from">
          <select className="select" value={draft.anchor} onChange={(e) => set({ anchor: e.target.value as Draft['anchor'] })}>
            <option value="start">Forward from a start day</option>
            <option value="launch">Back from a launch day</option>
          </select>
        </Field>
        <Field label={draft.anchor === 'start' ? 'Start day' : 'Launch day'} error={errors.date} hint={draft.anchor === 'start' ? 'Each phase as early as what it waits for allows' : 'The last phase ends on this day'}>
          <input className="input" type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </Field>
      </div>
      {template && preview && (
        <div className="table-scroll" style={{ marginTop: 16 }}>
          <table className="table" aria-label="Phases of the new campaign">
            <thead>
              <tr>
                <th>Phase</th>
                <th>Dates</th>
                <th className="num">Working days</th>
                <th>Demand</th>
              </tr>
            </thead>
            <tbody>
              {template.phases.map((p, i) => (
                <tr key={p.id}>
                  <td className="cell-strong">{p.name}</td>
                  <td className="nowrap">{formatDateRange(preview[i].start, preview[i].end)}</td>
                  <td className="num">{p.durationDays}</td>
                  <td>{p.roles.map((r) => `${roleName(r.roleId)} ${formatHours(r.hours)}`).join(' · ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
