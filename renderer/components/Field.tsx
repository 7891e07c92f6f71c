import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  /** One input/select/textarea; it gets the id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its validation message right beneath it. */
export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const msgId = `${id}-msg`;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: (children.props.id as string | undefined) ?? id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error || hint ? msgId : undefined,
      })
    : children;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={(children.props.id as string | undefined) ?? id}>{label}</label>
      {control}
      {error ? (
        <div className="field-error" id={msgId} role="alert">
          <Icon name="alert" size={13} />
          <span>{error}</span>
        </div>
      ) : hint ? (
        <div className="hint" id={msgId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** A message shown under a group of controls (skills, patterns) rather than one input. */
export function FieldMessage({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <div className="field-error" role="alert">
      <Icon name="alert" size={13} />
      <span>{error}</span>
    </div>
  );
}

/** A message about the whole form (not one field), shown above it; nothing when there is none. */
export function FormError({ message }: { message?: string | null }) {
  return message ? (
    <div className="form-error" role="alert">
      {message}
    </div>
  ) : null;
}
