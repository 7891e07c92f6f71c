import type { Load, LoadLevel } from './types';

const EPS = 0.01;

/** Free, full or over for a bucket's hours; null when the person doesn't work then and has nothing booked. */
export function loadLevel(load: Load | undefined): LoadLevel | null {
  if (!load) return null;
  const booked = load.conf + load.tent;
  if (load.cap <= EPS) return booked > EPS ? 'over' : null;
  if (booked > load.cap + EPS) return 'over';
  if (booked >= load.cap - EPS) return 'full';
  return 'free';
}

/** 0..4: how much of a free bucket is booked, for the shade's strength. */
export function loadFill(load: Load | undefined): number {
  if (!load || load.cap <= EPS) return 0;
  return Math.min(4, Math.ceil(((load.conf + load.tent) / load.cap) * 4));
}

export function loadTitle(load: Load | undefined): string {
  if (!load) return '';
  const booked = load.conf + load.tent;
  const h = (n: number) => `${Math.round(n * 10) / 10} h`;
  if (load.cap <= EPS && booked <= EPS) return 'Not working';
  const parts = [`${h(booked)} booked of ${h(load.cap)}`];
  if (load.tent > EPS) parts.push(`${h(load.tent)} tentative`);
  return parts.join(' · ');
}
