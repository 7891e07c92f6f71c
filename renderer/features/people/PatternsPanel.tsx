import { useState } from 'react';
import { addDaysIso, weekStartIso } from '@shared/dates';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { FieldMessage, FormError } from '../../components/Field';
import { formatDate, formatNumber, todayIso } from '../../lib/format';
import { describeWeek, parseWeek, weekTotal } from './patternText';
import { STANDARD_WEEK } from './talentDraft';
import { WeekHoursInput } from './WeekHoursInput';

export interface PatternItem {
  key: number;
  effectiveFrom: string;
  hours: number[];
}

interface Props {
  patterns: PatternItem[];
  /** Saves a new (key null) or changed period; rejects with an error to show in the editor. */
  onSave: (key: number | null, effectiveFrom: string, hours: PatternItem['hours']) => Promise<void>;
  onDelete: (key: number) => Promise<void>;
  intro: string;
}

interface EditorState {
  key: number | null;
  from: string;
  hours: string[];
  error?: string;
  badDay?: number;
  busy?: boolean;
}

/** A new period starts today, or, when the latest already starts today or later, the Monday after it. */
export function newPeriodStart(latest: string | null, today: string): string {
  return latest === null || latest < today ? today : addDaysIso(weekStartIso(latest), 7);
}

/** Working-pattern periods: each applies from its date until the next one starts. */
export function PatternsPanel({ patterns, onSave, onDelete, intro }: Props) {
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const sorted = [...patterns].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

  function startNew() {
    const last = sorted[sorted.length - 1];
    setEditor({ key: null, from: newPeriodStart(last?.effectiveFrom ?? null, todayIso()), hours: (last?.hours ?? STANDARD_WEEK).map(String) });
  }

  async function save() {
    if (!editor) return;
    const parsed = parseWeek(editor.hours);
    if ('badDay' in parsed) {
      setEditor({ ...editor, badDay: parsed.badDay, error: 'Hours are a number from 0 to 24' });
      return;
    }
    if (!editor.from) {
      setEditor({ ...editor, error: 'Choose the date this pattern starts' });
      return;
    }
    if (sorted.some((p) => p.effectiveFrom === editor.from && p.key !== editor.key)) {
      setEditor({ ...editor, error: `A period already starts on ${formatDate(editor.from)}: change that one, or choose another date` });
      return;
    }
    setEditor({ ...editor, busy: true, error: undefined, badDay: undefined });
    try {
      await onSave(editor.key, editor.from, parsed.hours);
      setEditor(null);
    } catch (e) {
      setEditor({ ...editor, busy: false, error: errorMessage(e) });
    }
  }

  const editorView = editor && (
    <div
      className="inline-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setEditor(null);
        }
      }}
    >
      <div className="inline-editor-row" style={{ alignItems: 'flex-start' }}>
        <label className="field" style={{ width: 170 }}>
          <span className="field-label">Effective from</span>
          <input className="input" type="date" value={editor.from} onChange={(e) => setEditor({ ...editor, from: e.target.value })} />
        </label>
        <div className="field">
          <span className="field-label">Hours per day</span>
          <WeekHoursInput value={editor.hours} invalidDay={editor.badDay} onChange={(hours) => setEditor({ ...editor, hours, badDay: undefined })} />
        </div>
      </div>
      <FieldMessage error={editor.error} />
      <div className="inline-editor-actions">
        <Button size="sm" onClick={() => setEditor(null)} disabled={editor.busy}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" onClick={() => void save()} disabled={editor.busy}>
          {editor.key === null ? 'Add period' : 'Save period'}
        </Button>
      </div>
    </div>
  );

  return (
    <div>
      <p className="section-sub">{intro}</p>
      <FormError message={rowError} />
      {sorted.length === 0 && !editor && <p className="muted" style={{ marginBottom: 12 }}>No working pattern yet: the studio’s default week applies.</p>}
      <ul className="period-list">
        {sorted.map((p, i) =>
          editor?.key === p.key ? (
            <li key={p.key}>{editorView}</li>
          ) : (
            <li key={p.key} className="period">
              <div className="period-when">{i === 0 && p.effectiveFrom <= todayIso() && sorted.length === 1 ? `Since ${formatDate(p.effectiveFrom)}` : `From ${formatDate(p.effectiveFrom)}`}</div>
              <div className="period-what">
                {describeWeek(p.hours)}
                <span className="muted"> · {formatNumber(weekTotal(p.hours), 1)} h a week</span>
              </div>
              <div className="row-actions">
                <Button size="sm" variant="ghost" iconOnly icon="edit" label="Edit period" onClick={() => setEditor({ key: p.key, from: p.effectiveFrom, hours: p.hours.map(String) })} />
                <Button
                  size="sm"
                  variant="ghost"
                  iconOnly
                  icon="trash"
                  label="Delete period"
                  onClick={() => {
                    setRowError(null);
                    onDelete(p.key).catch((e) => setRowError(errorMessage(e)));
                  }}
                />
              </div>
            </li>
          ),
        )}
        {editor?.key === null && <li>{editorView}</li>}
      </ul>
      {!editor && (
        <Button size="sm" icon="plus" onClick={startNew}>
          Add a period
        </Button>
      )}
    </div>
  );
}
