import type { SelectHTMLAttributes } from 'react';
import type { Priority } from '@shared/domain';
import { PRIORITY_LABEL } from './campaignDraft';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & { value: Priority; onChange(priority: Priority): void };

/** A campaign's or a demand line's priority, 1 (highest) to 5, in words. Field gives it its id and label. */
export function PrioritySelect({ value, onChange, ...rest }: Props) {
  return (
    <select className="select" {...rest} value={value} onChange={(e) => onChange(Number(e.target.value) as Priority)}>
      {([1, 2, 3, 4, 5] as const).map((p) => (
        <option key={p} value={p}>
          {PRIORITY_LABEL[p]}
        </option>
      ))}
    </select>
  );
}
