import { Field } from '../../components/Field';
import { useStore } from '../../store';

interface Props {
  country: string;
  region: string;
  onChange: (country: string, region: string) => void;
  countryError?: string;
  regionError?: string;
}

/** A country, then a region of that country (from holidays:regions). */
export function HolidayFields({ country, region, onChange, countryError, regionError }: Props) {
  const regions = useStore((s) => s.regions);
  const sorted = [...regions].sort((a, b) => a.countryName.localeCompare(b.countryName));
  const subdivisions = regions.find((r) => r.country === country)?.regions ?? [];
  return (
    <>
      <Field label="Public holidays" error={countryError}>
        <select className="select" value={country} onChange={(e) => onChange(e.target.value, '')}>
          <option value="">None</option>
          {sorted.map((r) => (
            <option key={r.country} value={r.country}>
              {r.countryName}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Region" error={regionError} hint={country && subdivisions.length === 0 ? 'This country has no regional holidays.' : undefined}>
        <select className="select" value={region} disabled={!country || subdivisions.length === 0} onChange={(e) => onChange(country, e.target.value)}>
          <option value="">{country ? 'Whole country' : '—'}</option>
          {subdivisions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
