import { useState } from 'react';
import type { Role, Skill } from '@shared/domain';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useStore } from '../../store';

export const ROLE_COLOURS = [
  { value: '#3b5bdb', name: 'Indigo' },
  { value: '#1c7ed6', name: 'Blue' },
  { value: '#0c8599', name: 'Teal' },
  { value: '#2f9e44', name: 'Green' },
  { value: '#f08c00', name: 'Amber' },
  { value: '#e8590c', name: 'Orange' },
  { value: '#e64980', name: 'Pink' },
  { value: '#7950f2', name: 'Violet' },
  { value: '#c92a2a', name: 'Red' },
  { value: '#64748b', name: 'Slate' },
];

type Props = { kind: 'roles'; item: Role; onDone: () => void } | { kind: 'skills' | 'channels'; item: Skill; onDone: () => void };

/** Renames a skill or a marketing channel, or edits a role's name, utilisation target and colour, in its row. */
export function ListItemForm(props: Props) {
  const { kind, item, onDone } = props;
  const saveRole = useStore((s) => s.saveRole);
  const renameSkill = useStore((s) => s.renameSkill);
  const renameChannel = useStore((s) => s.renameChannel);
  const [name, setName] = useState(item.name);
  const [target, setTarget] = useState(kind === 'roles' ? String(props.item.utilisationTarget) : '');
  const [colour, setColour] = useState(kind === 'roles' ? props.item.colour : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save() {
    const utilisationTarget = Number(target);
    if (kind === 'roles' && (!Number.isFinite(utilisationTarget) || target.trim() === '')) return setErrors({ utilisationTarget: 'Enter a percentage, such as 80' });
    setBusy(true);
    try {
      if (kind === 'roles') await saveRole({ id: item.id, name: name.trim(), utilisationTarget, colour });
      else if (kind === 'channels') await renameChannel(item.id, name.trim());
      else await renameSkill(item.id, name.trim());
      onDone();
    } catch (e) {
      setErrors(mapApiError(e, ['name', 'utilisationTarget', 'colour'], errorMessage(e)));
      setBusy(false);
    }
  }

  return (
    <form
      className="settings-form"
      aria-label={`Edit ${kind === 'roles' ? 'role' : kind === 'skills' ? 'skill' : 'channel'} ${item.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={errors['']} />
      <div className="settings-form-row">
        <Field label="Name" error={errors.name} className="grow">
          <input className="input" value={name} onChange={(e) => (setName(e.target.value), setErrors({}))} autoFocus />
        </Field>
        {kind === 'roles' && (
          <Field label="Utilisation target (%)" error={errors.utilisationTarget}>
            <input className="input num settings-target" inputMode="decimal" value={target} onChange={(e) => (setTarget(e.target.value), setErrors({}))} />
          </Field>
        )}
      </div>
      {kind === 'roles' && (
        <div className="field">
          <span className="field-label" id={`colour-${item.id}`}>
            Colour
          </span>
          <div className="swatches" role="radiogroup" aria-labelledby={`colour-${item.id}`}>
            {ROLE_COLOURS.map((c) => (
              <button key={c.value} type="button" role="radio" className="swatch" aria-checked={colour === c.value} aria-label={c.name} title={c.name} style={{ background: c.value }} onClick={() => setColour(c.value)} />
            ))}
          </div>
        </div>
      )}
      <div className="settings-form-foot">
        <span />
        <span className="settings-form-buttons">
          <Button onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Save
          </Button>
        </span>
      </div>
    </form>
  );
}
