import { FieldMessage } from '../../components/Field';
import { QuickAdd } from '../../components/QuickAdd';
import { useStore } from '../../store';

interface Props {
  value: number[];
  error?: string;
  onChange: (ids: number[]) => void;
}

/** The studio's marketing channels as toggles, in the order picked; a new one can be added here. */
export function ChannelPicker({ value, error, onChange }: Props) {
  const channels = useStore((s) => s.marketingChannels);
  const create = useStore((s) => s.createMarketingChannel);
  const toggle = (id: number) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  return (
    <fieldset className="brief-channels">
      <legend className="field-label">Channels</legend>
      {channels.length === 0 ? (
        <p className="muted">No channels yet: add the ones your marketing team uses (they are kept in Settings, Channels).</p>
      ) : (
        <div className="toggle-chips" role="group" aria-label="Channels">
          {channels.map((c) => (
            <button key={c.id} type="button" className="toggle-chip" aria-pressed={value.includes(c.id)} onClick={() => toggle(c.id)}>
              {c.name}
            </button>
          ))}
        </div>
      )}
      <FieldMessage error={error} />
      <QuickAdd
        label="New channel"
        placeholder="e.g. Paid social"
        onAdd={async (name) => {
          const channel = await create(name);
          onChange([...value, channel.id]);
        }}
      />
    </fieldset>
  );
}
