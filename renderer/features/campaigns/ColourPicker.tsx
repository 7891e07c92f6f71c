import { PALETTE } from './campaignDraft';

/** A palette of campaign colours as a radio group. */
export function ColourPicker({ value, onChange }: { value: string; onChange: (c: string) => void }) {
  const colours = PALETTE.includes(value.toLowerCase()) ? PALETTE : [...PALETTE, value];
  return (
    <div className="swatches" role="radiogroup" aria-label="Colour">
      {colours.map((c) => (
        <button
          key={c}
          type="button"
          role="radio"
          className="swatch"
          aria-checked={c.toLowerCase() === value.toLowerCase()}
          aria-label={c}
          title={c}
          style={{ background: c }}
          onClick={() => onChange(c)}
        />
      ))}
    </div>
  );
}
