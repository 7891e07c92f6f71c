import { useEffect } from 'react';
import type { NameMatch, UnmatchedName } from '@shared/io/types';
import { formatHours, formatNumber } from '../../lib/format';
import { useStore } from '../../store';

const SKIP = 'skip';

/** Names in an actuals file that match no person or campaign: each mapped to one (remembered for the next import) or its rows skipped. */
export function UnmatchedNames({ unmatched, matches, onChange }: { unmatched: UnmatchedName[]; matches: NameMatch[]; onChange: (next: NameMatch[]) => void }) {
  const people = useStore((s) => s.allPeople);
  const campaigns = useStore((s) => s.allCampaigns);
  useEffect(() => {
    const s = useStore.getState();
    void (s.allPeopleLoaded ? null : s.loadAllPeople());
    void (s.allCampaignsLoaded ? null : s.loadAllCampaigns());
  }, []);
  if (unmatched.length === 0) return null;

  const choose = (u: UnmatchedName, value: string) => {
    const rest = matches.filter((m) => !(m.kind === u.kind && m.name === u.name));
    onChange(value === '' ? rest : [...rest, { kind: u.kind, name: u.name, targetId: value === SKIP ? null : Number(value) }]);
  };
  const rows = unmatched.reduce((n, u) => n + u.rows, 0);
  return (
    <div className="io-unmatched" role="region" aria-label="Names to match">
      <p className="io-note">
        {formatNumber(rows, 0)} {rows === 1 ? 'row names' : 'rows name'} people or campaigns this workspace doesn't have. Choose who or what each is (remembered for the next import), or skip its rows.
      </p>
      <table className="io-table" aria-label="Names to match">
        <thead>
          <tr><th>In the file</th><th className="num">Rows</th><th className="num">Hours</th><th>Is</th></tr>
        </thead>
        <tbody>
          {unmatched.map((u) => (
            <tr key={`${u.kind}-${u.name}`}>
              <td>
                {u.name}
                {u.detail && <span className="hint"> · {u.detail}</span>}
                <span className="hint"> ({u.kind === 'person' ? 'person' : 'campaign'}, row {u.firstRows.join(', ')}{u.rows > u.firstRows.length ? ', …' : ''})</span>
              </td>
              <td className="num">{formatNumber(u.rows, 0)}</td>
              <td className="num">{formatHours(u.hours)}</td>
              <td>
                <select className="select" aria-label={`${u.name} is`} value="" onChange={(e) => choose(u, e.target.value)}>
                  <option value="">Choose…</option>
                  <option value={SKIP}>Skip these rows</option>
                  {(u.kind === 'person' ? people : campaigns).map((x) => (
                    <option key={x.id} value={x.id}>{x.name}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
