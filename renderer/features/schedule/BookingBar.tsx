import { memo } from 'react';
import type { BookingView, CampaignSummary } from '@shared/contract';
import { formatNumber } from '../../lib/format';
import { textOn } from '@shared/contrast';
import { FALLBACK_COLOUR } from './colours';
import { dayFromIso, fmtRange } from './days';
import { LOAD_H, NAME_W, ROW_H } from './geometry';

interface Props {
  booking: BookingView;
  campaign: CampaignSummary | undefined;
  axisStart: number;
  dayW: number;
  lane: number;
  lanes: number;
  /** The bar may cross the view's left edge: its label is kept in view there (pinLabels). */
  pinLabel: boolean;
  selected: boolean;
  focused: boolean;
  saving: boolean;
}

const PAD = 3;

/**
 * One booking: a bar in its campaign's colour, hatched when tentative. Its first and last EDGE_W
 * pixels are grips to resize it (drawn on hover by CSS; gridPointer tells them from the middle).
 */
export const BookingBar = memo(function BookingBar({ booking: b, campaign, axisStart, dayW, lane, lanes, pinLabel, selected, focused, saving }: Props) {
  const start = dayFromIso(b.start);
  const end = dayFromIso(b.end);
  const colour = campaign?.colour ?? FALLBACK_COLOUR;
  const tentative = b.status === 'tentative';
  const area = ROW_H - LOAD_H - PAD * 2 - 1;
  const h = Math.max(6, Math.floor(area / lanes) - (lanes > 1 ? 1 : 0));
  const name = campaign?.name ?? 'Campaign';
  const hours = `${formatNumber(b.hoursPerDay, 2)} h/d`;
  const label = `${name} · ${hours}${tentative ? ' · tentative' : ''} · ${fmtRange(start, end)}`;
  const left = NAME_W + (start - axisStart) * dayW + 1;
  const width = Math.max(4, (end - start + 1) * dayW - 2);
  const cls = ['sch-bar', tentative ? 'tentative' : 'confirmed', selected && 'selected', focused && 'focused', saving && 'saving'].filter(Boolean).join(' ');
  return (
    <div
      id={`sch-b-${b.id}`}
      className={cls}
      data-booking-id={b.id}
      data-talent-id={b.talentId}
      data-start={b.start}
      data-end={b.end}
      role="button"
      aria-label={label}
      aria-pressed={selected}
      title={b.note ? `${label}\n${b.note}` : label}
      data-left={pinLabel ? left : undefined}
      data-width={pinLabel ? width : undefined}
      style={{
        left,
        width,
        top: PAD + lane * (h + 1),
        height: h,
        ['--c' as string]: colour,
        color: tentative ? undefined : textOn(colour),
      }}
    >
      {h >= 11 && (
        <span className={['sch-bar-label', h < 15 && 'thin', pinLabel && 'pin'].filter(Boolean).join(' ')}>
          <b>{name}</b> {hours}
        </span>
      )}
    </div>
  );
});
