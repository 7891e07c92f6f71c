import { useState } from 'react';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { formatDateRange, formatNumber, todayIso } from '../../lib/format';
import { TimeOffFieldsEditor } from '../timeoff/TimeOffFieldsEditor';
import { draftOfTimeOff, newTimeOffDraft, TIME_OFF_FIELDS, timeOffFieldsOf, type TimeOffDraft, type TimeOffFields } from '../timeoff/timeOffDraft';

/** One period of time off as the list shows it; `id` is the saved row's, or a key while the person is unsaved. */
export type TimeOffItem = Omit<TimeOff, 'talentId'>;
export type { TimeOffFields };

interface Editor {
  id: number | null;
  draft: TimeOffDraft;
  errors: FieldErrors;
  busy?: boolean;
}

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
    const checked = timeOffFieldsOf(editor.draft);
    if ('errors' in checked) return setEditor({ ...editor, errors: checked.errors });
    setEditor({ ...editor, busy: true, errors: {} });
    try {
      await onSave(editor.id, checked.fields);
      setEditor(null);
    } catch (e) {
      setEditor({ ...editor, busy: false, errors: mapApiError(e, TIME_OFF_FIELDS, errorMessage(e)) });
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
      <TimeOffFieldsEditor draft={editor.draft} errors={editor.errors} onChange={(patch) => setEditor({ ...editor, draft: { ...editor.draft, ...patch } })} />
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
                    onClick={() => setEditor({ id: t.id, draft: draftOfTimeOff(t), errors: {} })}
                  />
                  <Button size="sm" variant="ghost" iconOnly icon="trash" label="Delete time off" onClick={() => void remove(t.id)} />
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {!editor && (
        <Button size="sm" icon="plus" onClick={() => setEditor({ id: null, draft: newTimeOffDraft(today), errors: {} })}>
          Add time off
        </Button>
      )}
    </div>
  );
}
