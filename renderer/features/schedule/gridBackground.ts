import type { CSSProperties } from 'react';
import { weekdayOfDay } from './days';
import { NAME_W } from './geometry';
import type { Zoom } from './types';

/** Day lines and weekend shading for the whole body as one background, instead of an element per day. */
export function gridBackground(axisStart: number, dayW: number, zoom: Zoom): CSSProperties {
  const monday = axisStart + ((7 - weekdayOfDay(axisStart)) % 7);
  const mondayX = NAME_W + (monday - axisStart) * dayW;
  if (zoom === 'month') return {};
  if (zoom === 'week') {
    return { backgroundImage: 'linear-gradient(90deg, #e7e9ee 1px, transparent 1px)', backgroundSize: `${7 * dayW}px 100%`, backgroundPosition: `${mondayX}px 0` };
  }
  return {
    backgroundImage: `linear-gradient(90deg, #eef0f3 1px, transparent 1px), linear-gradient(90deg, transparent ${5 * dayW}px, #f5f6f8 ${5 * dayW}px)`,
    backgroundSize: `${dayW}px 100%, ${7 * dayW}px 100%`,
    backgroundPosition: `${mondayX}px 0, ${mondayX}px 0`,
  };
}
