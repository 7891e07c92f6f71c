import type { SelectHTMLAttributes } from 'react';
import type { Role } from '@shared/domain';

type Props = {
  roles: readonly Role[];
  value: number | null;
  onChange: (roleId: number | null) => void;
  /** The empty choice: "Any role", "All roles". */
  anyLabel: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/** A role, or none (the empty choice). Other props go to the select: a Field's id and aria attributes, a label, disabled. */
export function RoleSelect({ roles, value, onChange, anyLabel, ...select }: Props) {
  return (
    <select {...select} className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{anyLabel}</option>
      {roles.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}
