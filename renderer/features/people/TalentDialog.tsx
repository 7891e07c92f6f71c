import { useEffect, useState } from 'react';
import type { Talent, WeekHours } from '@shared/domain';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog, FormButtons } from '../../components/Dialog';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { todayIso } from '../../lib/format';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { listRowError, listsForCreate, putPattern, putTimeOff } from './newPersonLists';
import { PatternsPanel, type PatternItem } from './PatternsPanel';
import { TalentProfileForm } from './TalentProfileForm';
import { TimeOffList, type TimeOffItem } from './TimeOffList';
import { TimeOffPanel } from './TimeOffPanel';
import { PersonActualsPanel } from '../actuals/PersonActualsPanel';
import { LogHoursDialog } from '../actuals/LogHoursDialog';
import { TALENT_FIELDS, checkDraft, draftFromTalent, draftToFields, newTalentDraft, STANDARD_WEEK, type TalentDraft } from './talentDraft';
import { ROVING } from '../../lib/roving';

type Tab = 'profile' | 'pattern' | 'timeoff' | 'actuals';

/** Create or edit a person in a side panel: profile, working pattern and time off. */
export function TalentDialog({ talent, onClose }: { talent: Talent | null; onClose: () => void }) {
  const createTalent = useStore((s) => s.createTalent);
  const updateTalent = useStore((s) => s.updateTalent);
  const deleteImpact = useStore((s) => s.talentDeleteImpact);
  const deleteTalent = useStore((s) => s.deleteTalent);
  const announce = useStore((s) => s.announceChange);
  const openPerson = useStore((s) => s.openPerson);

  // A new person's primary role starts empty: the first role in the list is rarely the right one.
  const [draft, setDraft] = useState<TalentDraft>(() => (talent ? draftFromTalent(talent) : newTalentDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<Tab>('profile');
  const [confirm, setConfirm] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  // A new person's patterns and time off live here until the person is saved; the API stores them with it.
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
  // A saved person's patterns and time off live in the store, refreshed by announced changes.
  const savedPatterns = useStore((s) => (talent && s.personId === talent.id ? s.personPatterns : null));
  const loadError = useStore((s) => (talent && s.personId === talent.id ? s.personError : null));
  useEffect(() => {
    openPerson(talent?.id ?? null);
    return () => openPerson(null);
  }, [talent, openPerson]);
  const [localTimeOff, setLocalTimeOff] = useState<TimeOffItem[]>([]);
  // A saved person's patterns and time off are saved as they change: only the profile can be lost.
  const dirty = useDirty(talent ? draft : { draft, localPatterns, localTimeOff });

  const set = (patch: Partial<TalentDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) for (const key of Object.keys(next)) if (key === k || key.startsWith(`${k}.`)) delete next[key];
      return next;
    });
  };

  async function submit() {
    const local = checkDraft(draft);
    if (Object.keys(local).length) {
      setErrors(local);
      setTab('profile');
      return;
    }
    setBusy(true);
    setErrors({});
    const lists = listsForCreate(localPatterns, localTimeOff);
    try {
      if (talent) await updateTalent({ ...draftToFields(draft), id: talent.id });
      else await createTalent({ ...draftToFields(draft), ...lists });
      keepCreated();
      onClose();
    } catch (e) {
      const mapped = mapApiError(e, TALENT_FIELDS, errorMessage(e));
      const [field, message] = Object.entries(mapped)[0] ?? ['', ''];
      const row = listRowError(field, message, lists);
      setErrors(row ? { '': row.message } : mapped);
      setTab(row?.tab ?? 'profile');
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
      setLocalPatterns((list) => putPattern(list, key, effectiveFrom, hours));
      return;
    }
    const input = { talentId: talent.id, effectiveFrom, hours: hours as WeekHours };
    if (key === null) await call('patterns:create', input);
    else await call('patterns:update', { ...input, id: key });
    await announce(`Working pattern saved for ${talent.name}`);
  }

  async function deletePattern(key: number) {
    if (!talent) {
      setLocalPatterns((list) => list.filter((p) => p.key !== key));
      return;
    }
    await call('patterns:delete', { id: key });
    await announce(`Working pattern removed for ${talent.name}`);
  }

  const title = talent ? talent.name : 'New person';
  const profileErrorCount = Object.keys(errors).filter((k) => k).length;

  return (
    <>
      <Dialog
        title={title}
        size="side"
        onClose={cancel}
        onSubmit={submit}
        busy={busy}
        dirty={dirty}
        changesTo={talent ? talent.name : 'this new person'}
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
        <div className="tabs" role="tablist" {...ROVING}>
          <button type="button" role="tab" aria-selected={tab === 'profile'} onClick={() => setTab('profile')}>
            Profile{profileErrorCount > 0 && <span className="tab-dot" aria-label="has errors" />}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'pattern'} onClick={() => setTab('pattern')}>
            Working pattern
          </button>
          <button type="button" role="tab" aria-selected={tab === 'timeoff'} onClick={() => setTab('timeoff')}>
            Time off{!talent && localTimeOff.length > 0 && <span className="tab-count" aria-hidden>{localTimeOff.length}</span>}
          </button>
          {talent && (
            <button type="button" role="tab" aria-selected={tab === 'actuals'} onClick={() => setTab('actuals')}>
              Hours logged
            </button>
          )}
        </div>
        <FormError message={errors[''] ?? loadError} />
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
        {tab === 'timeoff' && (
          <section className="form-section">
            {talent ? (
              <TimeOffPanel talentId={talent.id} talentName={talent.name} />
            ) : (
              <TimeOffList
                items={localTimeOff}
                onSave={async (id, fields) => setLocalTimeOff((list) => putTimeOff(list, id, fields))}
                onDelete={async (id) => setLocalTimeOff((list) => list.filter((t) => t.id !== id))}
                intro="Vacation, sickness and other absence already planned. It is saved with the person."
              />
            )}
          </section>
        )}
        {tab === 'actuals' && talent && (
          <section className="form-section">
            <PersonActualsPanel talentId={talent.id} talentName={talent.name} onLogHours={() => setLogging(true)} />
          </section>
        )}
      </Dialog>
      {logging && talent && <LogHoursDialog onClose={() => setLogging(false)} talentId={talent.id} personFixed />}
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
