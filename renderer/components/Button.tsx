import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'danger' | 'ghost';
  size?: 'md' | 'sm';
  icon?: IconName;
  /** Icon-only button: `label` is required for screen readers and the tooltip. */
  iconOnly?: boolean;
  label?: string;
  children?: ReactNode;
}

export function Button({ variant = 'default', size = 'md', icon, iconOnly, label, className, children, type = 'button', ...rest }: Props) {
  const classes = ['btn', variant !== 'default' && `btn-${variant}`, size === 'sm' && 'btn-sm', iconOnly && 'btn-icon', className]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} aria-label={iconOnly ? label : undefined} title={iconOnly ? label : rest.title} {...rest}>
      {icon && <Icon name={icon} size={size === 'sm' ? 14 : 16} />}
      {!iconOnly && children}
    </button>
  );
}
