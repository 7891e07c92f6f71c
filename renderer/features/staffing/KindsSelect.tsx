import type { KindsChoice } from './kinds';

export function KindsSelect({ value, onChange }: { value: KindsChoice; onChange(v: KindsChoice): void }) {
  return (
    <select className="select" aria-label="Who" value={value} onChange={(e) => onChange(e.target.value as KindsChoice)}>
      <option value="staff">Staff only</option>
      <option value="staff+freelancer">Staff and freelancers</option>
      <option value="all">Staff, freelancers and agencies</option>
    </select>
  );
}
