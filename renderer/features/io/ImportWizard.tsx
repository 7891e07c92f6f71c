import './io.css';
import { useState } from 'react';
import type { ColumnMapping, DateOrder, ImportEntity, ImportPreview, NameMatch, NumberStyle } from '@shared/io/types';
import { call, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { baseName, ENTITY_LABELS } from './labels';
import { MappingTable } from './MappingTable';
import { PreviewSummary } from './PreviewSummary';
import { ProgressLine } from './ProgressLine';
import { UnmatchedNames } from './UnmatchedNames';
import { TOOL_WORDS } from '@shared/io/actuals';
import { ALL_ENTITIES, TemplateButtons } from './TemplateButtons';
import { useIoProgress } from './useIoProgress';

interface Options {
  createMissing: boolean;
  skipErrorRows: boolean;
  dateOrder?: DateOrder;
  numberStyle?: NumberStyle;
  /** Actuals: the names the user matched or skipped. */
  matches?: NameMatch[];
}

/** What "detected" means for the file's numbers: one style, or a style per column. */
function detectedStyle(preview: ImportPreview): string {
  const styles = new Set(preview.numberStyles.map((s) => s.style));
  if (styles.size === 0) return 'nothing to decide';
  if (styles.size > 1) return 'per column';
  return styles.has('comma') ? '1.234,5' : '1,234.5';
}

/** Import a spreadsheet: choose what and which file, check the column mapping and the problems, then import (one undo step). */
export function ImportWizard({ initialEntity = 'talent', onClose }: { initialEntity?: ImportEntity; onClose: () => void }) {
  const [entity, setEntity] = useState<ImportEntity>(initialEntity);
  const [path, setPath] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [options, setOptions] = useState<Options>({ createMissing: false, skipErrorRows: false });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useIoProgress('import', busy === 'import');

  async function runPreview(next: { entity?: ImportEntity; path?: string; mapping?: ColumnMapping; options?: Options } = {}) {
    const file = next.path ?? path;
    if (!file) return;
    setBusy('preview');
    setError(null);
    try {
      setPreview(await call('io:importPreview', { source: { path: file }, entity: next.entity ?? entity, mapping: next.mapping ?? mapping, options: next.options ?? options }));
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function chooseFile() {
    try {
      const chosen = await call('io:chooseFile', { title: `Choose a file of ${ENTITY_LABELS[entity].toLowerCase()}` });
      if (!chosen.path) return;
      setPath(chosen.path);
      setMapping({});
      await runPreview({ path: chosen.path, mapping: {} });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function changeEntity(next: ImportEntity) {
    setEntity(next);
    setOptions((o) => ({ ...o, matches: undefined }));
    setMapping({});
    void runPreview({ entity: next, mapping: {} });
  }

  function changeMapping(header: string, field: string | null) {
    // Only the user's own choices: the other columns keep the guess (and show no "your choice").
    const next = { ...mapping, [header]: field };
    setMapping(next);
    void runPreview({ mapping: next });
  }

  function changeOptions(patch: Partial<Options>) {
    const next = { ...options, ...patch };
    setOptions(next);
    void runPreview({ options: next });
  }

  async function commit() {
    if (!path || !preview) return;
    setBusy('import');
    setError(null);
    try {
      const result = await call('io:importCommit', { source: { path }, entity, mapping, options, fingerprint: preview.fingerprint });
      // What is on screen is refreshed by the change main announces after the import.
      const s = useStore.getState();
      await s.announceChange(`${result.label}${result.skipped ? ` (${formatNumber(result.skipped, 0)} rows left out)` : ''}. A backup was taken first.`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  }

  const writable = preview ? preview.create + preview.update : 0;
  const blocked = !preview || writable === 0 || (preview.errorRows > 0 && !options.skipErrorRows) || (preview.unmatched?.length ?? 0) > 0;
  const footer = (
    <>
      {busy === 'import' ? <ProgressLine progress={progress} fallback="Importing" /> : <span className="spacer" />}
      {busy === 'import' ? (
        // Until the rows are committed, a cancel rolls the whole import back.
        <Button variant="danger" onClick={() => void call('io:cancel', {})}>
          Cancel import
        </Button>
      ) : (
        <Button onClick={onClose}>Cancel</Button>
      )}
      <Button variant="primary" onClick={() => void commit()} disabled={blocked || busy !== null}>
        {preview && writable > 0 ? `Import ${formatNumber(writable, 0)} ${writable === 1 ? 'row' : 'rows'}` : 'Import'}
      </Button>
    </>
  );

  return (
    <Dialog title="Import from a spreadsheet" onClose={onClose} footer={footer} size="wide" busy={busy === 'import'} dirty={path !== null} changesTo="this import">
      <div className="io-wizard">
        <div className="io-row">
          <Field label="What the file holds">
            <select className="select" value={entity} onChange={(e) => changeEntity(e.target.value as ImportEntity)} disabled={busy !== null}>
              {ALL_ENTITIES.map((e) => (
                <option key={e} value={e}>
                  {ENTITY_LABELS[e]}
                </option>
              ))}
            </select>
          </Field>
          <div className="field">
            <label>File (CSV or Excel .xlsx)</label>
            <div className="io-file">
              <Button icon="file" onClick={() => void chooseFile()} disabled={busy !== null}>
                {path ? 'Choose another file…' : 'Choose a file…'}
              </Button>
              {path && <span className="io-filename" title={path}>{baseName(path)}</span>}
            </div>
          </div>
        </div>
        <TemplateButtons entity={entity} />
        {error && (
          <div className="io-error" role="alert">
            {error}
          </div>
        )}
        {busy === 'preview' && !preview && <ProgressLine progress={null} fallback="Reading the file" />}
        {preview && (
          <div className="io-grid">
            <section>
              <h3>Columns</h3>
              <MappingTable columns={preview.columns} fields={preview.fields} disabled={busy !== null} onChange={changeMapping} />
              <div className="io-options">
                {entity !== 'actuals' && (
                  <label>
                    <input type="checkbox" checked={options.createMissing} onChange={(e) => changeOptions({ createMissing: e.target.checked })} /> Create roles and skills the file names
                  </label>
                )}
                <label>
                  <input type="checkbox" checked={options.skipErrorRows} onChange={(e) => changeOptions({ skipErrorRows: e.target.checked })} /> Leave out rows with errors
                </label>
                <label>
                  Dates like 03/04/2027 are{' '}
                  <select className="select" value={options.dateOrder ?? ''} onChange={(e) => changeOptions({ dateOrder: (e.target.value || undefined) as DateOrder | undefined })}>
                    <option value="">detected ({preview.dateOrder === 'mdy' ? 'month first' : 'day first'})</option>
                    <option value="dmy">day first (3 April)</option>
                    <option value="mdy">month first (March 4)</option>
                  </select>
                </label>
                <label>
                  Numbers are written like{' '}
                  <select className="select" value={options.numberStyle ?? ''} onChange={(e) => changeOptions({ numberStyle: (e.target.value || undefined) as NumberStyle | undefined })}>
                    <option value="">detected ({detectedStyle(preview)})</option>
                    <option value="point">1,234.5 (decimal point)</option>
                    <option value="comma">1.234,5 (decimal comma)</option>
                  </select>
                </label>
              </div>
            </section>
            <section>
              <h3>
                Preview <span className="hint">{formatNumber(preview.rowCount, 0)} data rows{preview.tool ? ` · a ${TOOL_WORDS[preview.tool]} detailed export` : ''}</span>
                {busy === 'preview' && <span className="spinner spinner-sm" role="status" aria-label="Checking" />}
              </h3>
              <PreviewSummary preview={preview} />
              <UnmatchedNames unmatched={preview.unmatched ?? []} matches={options.matches ?? []} onChange={(matches) => changeOptions({ matches })} />
            </section>
          </div>
        )}
      </div>
    </Dialog>
  );
}
