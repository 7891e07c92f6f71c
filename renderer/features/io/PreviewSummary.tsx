import type { ImportPreview } from '@shared/io/types';
import { formatNumber } from '../../lib/format';

/** Values read one of two ways: they don't stop the import, but the planner should look. */
function WarningList({ preview }: { preview: ImportPreview }) {
  const n = preview.warningCount;
  return (
    <div className="io-warnings" role="region" aria-label="Values to check">
      <p className="io-note">
        {formatNumber(n, 0)} {n === 1 ? 'value could' : 'values could'} be read two ways. Check {n === 1 ? 'it' : 'them'}, or choose how the file writes numbers.
      </p>
      <table className="io-table" aria-label="Values to check">
        <thead>
          <tr>
            <th className="num">Row</th>
            <th>Column</th>
            <th>How it was read</th>
          </tr>
        </thead>
        <tbody>
          {preview.warnings.map((w, i) => (
            <tr key={i}>
              <td className="num">{w.row}</td>
              <td>{w.column ?? '—'}</td>
              <td>{w.message.replace(/^Row \d+, column '[^']*': /, '').replace(/ If that is wrong, choose how the file writes numbers\.$/, '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {n > preview.warnings.length && <p className="hint">Showing the first {formatNumber(preview.warnings.length, 0)} of {formatNumber(n, 0)}.</p>}
    </div>
  );
}

/** The counts (create / update / errors) and the list of problems, row by row. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const shown = preview.errors.length;
  // Problems with the columns (row 1) stop the whole file until the mapping is fixed.
  const fileProblems = preview.errors.filter((e) => e.row === 1).length;
  return (
    <div className="io-preview">
      <div className="io-counts" data-testid="import-counts">
        <div>
          <b>{formatNumber(preview.create, 0)}</b>
          <span>to create</span>
        </div>
        <div>
          <b>{formatNumber(preview.update, 0)}</b>
          <span>to update</span>
        </div>
        {preview.unchanged !== undefined && preview.unchanged > 0 && (
          <div>
            <b>{formatNumber(preview.unchanged, 0)}</b>
            <span>already imported</span>
          </div>
        )}
        {preview.unmatched && preview.unmatched.length > 0 && (
          <div className="bad">
            <b>{formatNumber(preview.unmatched.reduce((n, u) => n + u.rows, 0), 0)}</b>
            <span>to match</span>
          </div>
        )}
        {preview.skippedRows !== undefined && preview.skippedRows > 0 && (
          <div>
            <b>{formatNumber(preview.skippedRows, 0)}</b>
            <span>to skip</span>
          </div>
        )}
        {fileProblems > 0 ? (
          <div className="bad">
            <b>{formatNumber(fileProblems, 0)}</b>
            <span>{fileProblems === 1 ? 'column problem' : 'column problems'}</span>
          </div>
        ) : (
          <div className={preview.errorRows ? 'bad' : ''}>
            <b>{formatNumber(preview.errorRows, 0)}</b>
            <span>{preview.errorRows === 1 ? 'row with errors' : 'rows with errors'}</span>
          </div>
        )}
      </div>
      {preview.willCreate.roles.length + preview.willCreate.skills.length > 0 && (
        <p className="io-note">
          Will also create {[...preview.willCreate.roles.map((r) => `role “${r}”`), ...preview.willCreate.skills.map((s) => `skill “${s}”`)].join(', ')}.
        </p>
      )}
      {preview.warningCount > 0 && <WarningList preview={preview} />}
      {shown > 0 && (
        <div className="io-errors">
          <table className="io-table" aria-label="Problems">
            <thead>
              <tr>
                <th className="num">Row</th>
                <th>Column</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((e, i) => (
                <tr key={i}>
                  <td className="num">{e.row}</td>
                  <td>{e.column ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.errorCount > shown && <p className="hint">Showing the first {formatNumber(shown, 0)} of {formatNumber(preview.errorCount, 0)} problems.</p>}
        </div>
      )}
    </div>
  );
}
