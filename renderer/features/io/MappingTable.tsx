import type { ColumnGuess, FieldInfo } from '@shared/io/types';

interface Props {
  columns: ColumnGuess[];
  fields: FieldInfo[];
  disabled?: boolean;
  onChange: (header: string, field: string | null) => void;
}

/** One select per column of the file: the field it fills, or ignored. */
export function MappingTable({ columns, fields, disabled, onChange }: Props) {
  const used = new Map(columns.filter((c) => c.field).map((c) => [c.field!, c.header]));
  const missing = fields.filter((f) => f.required && !used.has(f.field));
  return (
    <div className="io-mapping">
      <table className="io-table">
        <thead>
          <tr>
            <th>Column in the file</th>
            <th>Imports into</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.header}>
              <td>
                <span className="io-header">{c.header || '(blank header)'}</span>
              </td>
              <td>
                <select
                  aria-label={`Field for column ${c.header}`}
                  value={c.field ?? ''}
                  disabled={disabled}
                  className={c.field ? 'select' : 'select io-ignored'}
                  onChange={(e) => onChange(c.header, e.target.value || null)}
                >
                  <option value="">— don't import —</option>
                  {fields.map((f) => (
                    <option key={f.field} value={f.field} disabled={used.has(f.field) && used.get(f.field) !== c.header}>
                      {f.label}
                      {f.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
                {c.field && !c.guessed && <span className="io-chip">your choice</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="io-note" role="note">
          Not mapped yet: {missing.map((f) => f.label).join(', ')}.
        </p>
      )}
    </div>
  );
}
