import { textOn } from '@shared/contrast';

export const AVATAR_COLOURS = ['#5c7cfa', '#20c997', '#f08c00', '#e64980', '#7950f2', '#1c7ed6', '#2f9e44', '#d6336c', '#0c8599', '#a25b1c'];

export function initials(name: string): string {
  // Words outside brackets that start with a letter or digit: "Ada (London)" is "A", not "A(".
  const parts = name.replace(/\([^)]*\)?/g, ' ').trim().split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (parts.length === 0) return '?';
  const first = parts[0][0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1][0] ?? '') : '';
  return (first + last).toUpperCase();
}

export function Avatar({ name, seed }: { name: string; seed: number }) {
  const background = AVATAR_COLOURS[Math.abs(seed) % AVATAR_COLOURS.length];
  return (
    <span className="avatar" style={{ background, color: textOn(background) }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
