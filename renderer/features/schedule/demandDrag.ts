import type React from 'react';
import type { DemandLineSummary } from '@shared/contract';
import { draftFromDemand } from './draftFor';
import { hitGrid } from './gridHit';
import { setSchedule } from './state';

/** Drags an open demand line from the panel onto a person's row: a pre-filled booking. */
export function startDemandDrag(e: React.PointerEvent, line: DemandLineSummary): void {
  if (e.button !== 0) return;
  e.preventDefault();
  const x0 = e.clientX;
  const y0 = e.clientY;
  let moved = false;
  const onMove = (ev: PointerEvent) => {
    if (!moved && Math.abs(ev.clientX - x0) + Math.abs(ev.clientY - y0) < 5) return;
    moved = true;
    const hit = hitGrid(ev.clientX, ev.clientY);
    const ok = hit && hit.talentId !== null;
    setSchedule({ drag: { kind: 'demand', line, x: ev.clientX, y: ev.clientY, row: ok ? hit.row : null, day: ok ? hit.day : null } });
  };
  const done = () => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('keydown', onKey, true);
    setSchedule({ drag: null });
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      done();
    }
  };
  const onUp = (ev: PointerEvent) => {
    done();
    if (!moved) return;
    const hit = hitGrid(ev.clientX, ev.clientY);
    if (hit && hit.talentId !== null) setSchedule({ draft: draftFromDemand(line, hit.talentId, hit.day) });
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('keydown', onKey, true);
}
