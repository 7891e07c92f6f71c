import { useState } from 'react';
import { TIME_OFF_TYPES, type TimeOff, type TimeOffType } from '@shared/domain';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { FieldMessage, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { formatDateRange, formatNumber, todayIso } from '../../lib/format';
import { parseNumber } from './talentDraft';
import { TIME_OFF_TYPE_WORDS } from '@shared/domain';


/** One period of time off as the list shows it; `id` is the saved row's, or a key while the person is unsaved. */
export type TimeOffItem = Omit<TimeOff, 'talentId'>;
export type TimeOffFields = Omit<TimeOffItem, 'id'>;

interface Editor {
  id: number | null;
  start: string;
  end: string;
  whole: boolean;
  hoursPerDay: string;
  type: TimeOffType;
  note: string;
  errors: FieldErrors;
  busy?: boolean;
}

const FIELDS = ['start', 'end', 'hoursPerDay', 'type', 'note'];

interface Props {
  /** null while loading. */
  items: TimeOffItem[] | null;
  /** Saves a new (id null) or changed period; rejects with an error to show in the editor. */
  onSave: (id: number | null, fields: TimeOffFields) => Promise<void>;
  onDelete: (id: number) => Promise<void>;
  intro: string;
  error?: string | null;
}

/** Time off as a list with an inline editor: whole days or some hours a day. */
export function TimeOffList({ items, onSave, onDelete, intro, error }: Props) {
  const [editor, setEditor] = useState<Editor | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  async function save() {
    if (!editor) return;
    const hours = editor.whole ? null : parseNumber(editor.hoursPerDay, Number.NaN);
    if (!editor.whole && (hours === null || Number.isNaN(hours))) {
      setEditor({ ...editor, errors: { hoursPerDay: 'Enter the hours off each day' } });
      return;
    }
    if (editor.end < editor.start) {
      setEditor({ ...editor, errors: { end: 'Must be on or after the first day' } });
      return;
    }
    setEditor({ ...editor, busy: true, errors: {} });
    try {
      await onSave(editor.id, { start: editor.start, end: editor.end, hoursPerDay: hours, type: editor.type, note: editor.note });
      setEditor(null);
    } catch (e) {
      setEditor({ ...editor, busy: false, errors: mapApiError(e, FIELDS, errorMessage(e)) });
    }
  }

  async function remove(id: number) {
    setRowError(null);
    try {
      await onDelete(id);
    } catch (e) {
      setRowError(errorMessage(e));
    }
  }

  const today = todayIso();
  const editorView = editor && (
    <div
      className="inline-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setEditor(null);
        }
      }}
    >
      <FormError message={editor.errors['']} />
      <div className="form-grid-3">
        <label className="field">
          <span className="field-label">First day</span>
          <input className="input" type="date" value={editor.start} aria-invalid={!!editor.errors.start || undefined} onChange={(e) => setEditor({ ...editor, start: e.target.value, end: editor.end < e.target.value ? e.target.value : editor.end })} />
          <FieldMessage error={editor.errors.start} />
        </label>
        <label className="field">
          <span className="field-label">Last day</span>
          <input className="input" type="date" value={editor.end} aria-invalid={!!editor.errors.end || undefined} onChange={(e) => setEditor({ ...editor, end: e.target.value })} />
          <FieldMessage error={editor.errors.end} />
        </label>
        <label className="field">
          <span className="field-label">Type</span>
          <select className="select" value={editor.type} onChange={(e) => setEditor({ ...editor, type: e.target.value as TimeOffType })}>
            {TIME_OFF_TYPES.map((t) => (
              <option key={t} value={t}>
                {TIME_OFF_TYPE_WORDS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="inline-editor-row" style={{ marginTop: 12 }}>
        <div className="segmented" role="group" aria-label="Whole days or hours">
          <button type="button" aria-pressed={editor.whole} onClick={() => setEditor({ ...editor, whole: true })}>
            Whole days
          </button>
          <button type="button" aria-pressed={!editor.whole} onClick={() => setEditor({ ...editor, whole: false })}>
            Some hours a day
          </button>
        </div>
        {!editor.whole && (
          <label className="field" style={{ width: 120 }}>
            <input className="input num" inputMode="decimal" aria-label="Hours off a day" placeholder="h a day" value={editor.hoursPerDay} onChange={(e) => setEditor({ ...editor, hoursPerDay: e.target.value })} />
          </label>
        )}
        <input className="input" style={{ flex: 1 }} placeholder="Note (optional)" aria-label="Note" value={editor.note} onChange={(e) => setEditor({ ...editor, note: e.target.value })} />
      </div>
      <FieldMessage error={editor.errors.hoursPerDay ?? editor.errors.note} />
      <div className="inline-editor-actions">
        <Button size="sm" onClick={() => setEditor(null)} disabled={editor.busy}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" onClick={() => void save()} disabled={editor.busy}>
          {editor.id === null ? 'Add time off' : 'Save time off'}
        </Button>
      </div>
    </div>
  );

  const sorted = items && [...items].sort((a, b) => b.start.localeCompare(a.start));
  return (
    <div>
      <p className="section-sub">{intro}</p>
      <FormError message={error ?? rowError} />
      {sorted === null ? (
        <span className="spinner" />
      ) : (
        <ul className="period-list">
          {sorted.length === 0 && !editor && <li className="muted">No time off recorded.</li>}
          {editor?.id === null && <li>{editorView}</li>}
          {sorted.map((t) =>
            editor?.id === t.id ? (
              <li key={t.id}>{editorView}</li>
            ) : (
              <li key={t.id} className={`period${t.end < today ? ' past' : ''}`}>
                <div className="period-when">{formatDateRange(t.start, t.end)}</div>
                <div className="period-what">
                  <span className={`chip timeoff-${t.type}`}>{TIME_OFF_TYPE_WORDS[t.type]}</span>{' '}
                  {t.hoursPerDay === null ? 'Whole days' : `${formatNumber(t.hoursPerDay, 2)} h a day`}
                  {t.note && <span className="muted"> · {t.note}</span>}
                </div>
                <div className="row-actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    iconOnly
                    icon="edit"
                    label="Edit time off"
                    onClick={() =>
                      setEditor({ id: t.id, start: t.start, end: t.end, whole: t.hoursPerDay === null, hoursPerDay: t.hoursPerDay === null ? '' : String(t.hoursPerDay), type: t.type, note: t.note, errors: {} })
                    }
                  />
                  <Button size="sm" variant="ghost" iconOnly icon="trash" label="Delete time off" onClick={() => void remove(t.id)} />
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {!editor && (
        <Button size="sm" icon="plus" onClick={() => setEditor({ id: null, start: today, end: today, whole: true, hoursPerDay: '', type: 'vacation', note: '', errors: {} })}>
          Add time off
        </Button>
      )}
    </div>
  );
}
