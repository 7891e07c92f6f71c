import type { Role } from '@shared/domain';

/** Toggle chips for the roles a person can also fill (the primary role is left out). */
export function OtherRolesPicker({ roles, primaryRoleId, value, onChange }: { roles: Role[]; primaryRoleId: number | null; value: number[]; onChange: (v: number[]) => void }) {
  const choices = roles.filter((r) => r.id !== primaryRoleId);
  if (choices.length === 0) return <p className="muted">No other roles in this workspace.</p>;
  return (
    <div className="toggle-chips" role="group" aria-label="Other roles">
      {choices.map((r) => {
        const on = value.includes(r.id);
        return (
          <button
            key={r.id}
            type="button"
            className="toggle-chip"
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((id) => id !== r.id) : [...value, r.id])}
          >
            {r.name}
          </button>
        );
      })}
    </div>
  );
}
