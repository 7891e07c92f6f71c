import type { SelectHTMLAttributes } from 'react';

const CURRENCIES = ['GBP', 'EUR', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'JPY'];

type Props = { value: string; onChange: (currency: string) => void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

/**
 * The currencies offered, with a stored one that isn't among them (from an import) kept first.
 * Other props (the id and aria attributes a Field gives its control) go to the select.
 */
export function CurrencySelect({ value, onChange, ...select }: Props) {
  const currencies = CURRENCIES.includes(value) ? CURRENCIES : [value, ...CURRENCIES];
  return (
    <select {...select} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
      {currencies.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}
