import type { ImportPreview } from '@shared/io/types';
import { formatNumber } from '../../lib/format';

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
