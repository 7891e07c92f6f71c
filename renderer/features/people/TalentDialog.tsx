import { useCallback, useEffect, useState } from 'react';
import type { Talent, WeekHours, WorkPattern } from '@shared/domain';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, FormButtons } from '../../components/Dialog';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { PatternsPanel, type PatternItem } from './PatternsPanel';
import { TalentProfileForm } from './TalentProfileForm';
import { TimeOffPanel } from './TimeOffPanel';
import { TALENT_FIELDS, checkDraft, draftFromTalent, draftToFields, newTalentDraft, STANDARD_WEEK, type TalentDraft } from './talentDraft';

type Tab = 'profile' | 'pattern' | 'timeoff';

/** Create or edit a person in a side panel: profile, working pattern and time off. */
export function TalentDialog({ talent, onClose }: { talent: Talent | null; onClose: () => void }) {
  const roles = useStore((s) => s.roles);
  const createTalent = useStore((s) => s.createTalent);
  const updateTalent = useStore((s) => s.updateTalent);
  const deleteImpact = useStore((s) => s.talentDeleteImpact);
  const deleteTalent = useStore((s) => s.deleteTalent);
  const announce = useStore((s) => s.announceChange);
  const dataVersion = useStore((s) => s.dataVersion);

  const [draft, setDraft] = useState<TalentDraft>(() => (talent ? draftFromTalent(talent) : newTalentDraft(roles[0]?.id ?? null)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<Tab>('profile');
  const [confirm, setConfirm] = useState<string | null>(null);
  // A new person's patterns live here until the person is saved; the API stores them with it.
  const defaultWeek = useStore((s) => s.defaults?.week ?? STANDARD_WEEK);
  const keepCreated = useStore((s) => s.keepCreatedInForm);
  const discardCreated = useStore((s) => s.discardCreatedInForm);
  // A role or skill quick-added here goes again when the dialog is cancelled.
  const cancel = () => {
    void discardCreated();
    onClose();
  };
  useEffect(() => keepCreated(), [keepCreated]); // nothing from an earlier dialog is discarded by this one
  const [localPatterns, setLocalPatterns] = useState<PatternItem[]>([{ key: 1, effectiveFrom: todayIso(), hours: [...defaultWeek] }]);
  const [savedPatterns, setSavedPatterns] = useState<WorkPattern[] | null>(null);

  const set = (patch: Partial<TalentDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) for (const key of Object.keys(next)) if (key === k || key.startsWith(`${k}.`)) delete next[key];
      return next;
    });
  };

  const loadPatterns = useCallback(async () => {
    if (!talent) return;
    try {
      setSavedPatterns(await call('patterns:list', { talentId: talent.id }));
    } catch (e) {
      setErrors({ '': errorMessage(e) });
    }
  }, [talent]);
  useEffect(() => {
    void loadPatterns();
  }, [loadPatterns, dataVersion]);

  async function submit() {
    const local = checkDraft(draft);
    if (Object.keys(local).length) {
      setErrors(local);
      setTab('profile');
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      if (talent) await updateTalent({ ...draftToFields(draft), id: talent.id });
      else
        await createTalent({
          ...draftToFields(draft),
          patterns: localPatterns.map((p) => ({ effectiveFrom: p.effectiveFrom, hours: p.hours as WeekHours })),
        });
      keepCreated();
      onClose();
    } catch (e) {
      const mapped = mapApiError(e, TALENT_FIELDS, errorMessage(e));
      setErrors(mapped);
      setTab(Object.keys(mapped).some((k) => k.startsWith('patterns')) ? 'pattern' : 'profile');
      setBusy(false);
    }
  }

  async function askDelete() {
    if (!talent) return;
    try {
      const impact = await deleteImpact(talent.id);
      setConfirm(impact.message);
    } catch (e) {
      setErrors({ '': errorMessage(e) });
    }
  }

  /** The pattern in force today (else the earliest), for showing a rate per day and per hour. */
  const weekInForce = (items: PatternItem[]): WeekHours | null => {
    const today = todayIso();
    const sorted = [...items].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    return ((sorted.filter((p) => p.effectiveFrom <= today).pop() ?? sorted[0])?.hours as WeekHours | undefined) ?? null;
  };
  const patternItems: PatternItem[] = talent
    ? (savedPatterns ?? []).map((p) => ({ key: p.id, effectiveFrom: p.effectiveFrom, hours: p.hours }))
    : localPatterns;

  async function savePattern(key: number | null, effectiveFrom: string, hours: number[]) {
    if (!talent) {
      setLocalPatterns((list) =>
        key === null ? [...list, { key: Math.max(0, ...list.map((p) => p.key)) + 1, effectiveFrom, hours }] : list.map((p) => (p.key === key ? { key, effectiveFrom, hours } : p)),
      );
      return;
    }
    const input = { talentId: talent.id, effectiveFrom, hours: hours as WeekHours };
    if (key === null) await call('patterns:create', input);
    else await call('patterns:update', { ...input, id: key });
    await loadPatterns();
    await announce(`Working pattern saved for ${talent.name}`);
  }

  async function deletePattern(key: number) {
    if (!talent) {
      setLocalPatterns((list) => list.filter((p) => p.key !== key));
      return;
    }
    await call('patterns:delete', { id: key });
    await loadPatterns();
    await announce(`Working pattern removed for ${talent.name}`);
  }

  const title = talent ? talent.name : 'New person';
  const profileErrorCount = Object.keys(errors).filter((k) => k && !k.startsWith('patterns')).length;

  return (
    <>
      <Dialog
        title={title}
        size="side"
        onClose={cancel}
        onSubmit={submit}
        busy={busy}
        footer={
          <FormButtons
            busy={busy}
            onCancel={cancel}
            cancel={talent && tab !== 'profile' ? 'Close' : 'Cancel'}
            submit={!talent ? 'Add person' : tab === 'profile' ? 'Save changes' : null}
          >
            {talent && (
              <Button variant="ghost" icon="trash" className="left danger-text" onClick={() => void askDelete()} disabled={busy}>
                Delete
              </Button>
            )}
          </FormButtons>
        }
      >
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'profile'} onClick={() => setTab('profile')}>
            Profile{profileErrorCount > 0 && <span className="tab-dot" aria-label="has errors" />}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'pattern'} onClick={() => setTab('pattern')}>
            Working pattern
          </button>
          <button type="button" role="tab" aria-selected={tab === 'timeoff'} onClick={() => setTab('timeoff')} disabled={!talent} title={talent ? undefined : 'Add the person first, then record time off'}>
            Time off
          </button>
        </div>
        <FormError message={errors['']} />
        {tab === 'profile' && <TalentProfileForm draft={draft} set={set} errors={errors} week={weekInForce(patternItems)} />}
        {tab === 'pattern' && (
          <section className="form-section">
            <PatternsPanel
              patterns={patternItems}
              onSave={savePattern}
              onDelete={deletePattern}
              intro={
                talent
                  ? 'The hours this person works each weekday. A new period applies from its date until the next one starts. Changes are saved straight away and can be undone.'
                  : 'The hours this person works each weekday, from a date. They are saved with the person.'
              }
            />
          </section>
        )}
        {tab === 'timeoff' && talent && (
          <section className="form-section">
            <TimeOffPanel talentId={talent.id} talentName={talent.name} />
          </section>
        )}
      </Dialog>
      {confirm !== null && talent && (
        <ConfirmDialog
          title={`Delete ${talent.name}?`}
          message={
            <>
              <p>{confirm}</p>
              <p className="muted" style={{ marginTop: 10 }}>You can undo this afterwards.</p>
            </>
          }
          confirmLabel="Delete"
          danger
          onConfirm={async () => {
            await deleteTalent(talent.id, talent.name);
            onClose();
          }}
          onClose={() => setConfirm(null)}
        />
      )}
    </>
  );
}
