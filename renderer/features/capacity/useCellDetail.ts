import { useEffect, useState } from 'react';
import type { BookingView, CampaignSummary } from '@shared/contract';
import type { TimeOff } from '@shared/domain';
import { call, errorMessage } from '../../api';
import { bookingHoursIn, type DayFigures } from './cellDetail';
import type { SelectedCell } from './store';

export interface CellDetail {
  bookings: (BookingView & { hoursInCell: number; campaign: CampaignSummary | undefined })[];
  timeOff: TimeOff[];
}

/** What lies behind a clicked cell: its bookings (with their hours in the cell) and time off. */
export function useCellDetail(cell: SelectedCell | null, version: number): { detail: CellDetail | null; error: string | null } {
  const [state, setState] = useState<{ detail: CellDetail | null; error: string | null }>({ detail: null, error: null });
  useEffect(() => {
    if (!cell) return;
    let live = true;
    setState({ detail: null, error: null });
    const { talentId, start, end } = cell;
    Promise.all([
      call('bookings:list', { talentIds: [talentId], from: start, to: end }),
      call('timeOff:list', { talentIds: [talentId], from: start, to: end }),
      call('capacity:grid', { range: { start, end }, bucket: 'day', filter: { ids: [talentId] }, offset: 0, limit: 1 }),
      call('campaigns:list', { from: start, to: end }),
    ]).then(
      ([bookings, timeOff, grid, campaigns]) => {
        if (!live) return;
        const days: DayFigures[] = grid.buckets.map((b, i) => ({ date: b.start, capacity: grid.capacity[i] ?? 0, booked: (grid.confirmed[i] ?? 0) + (grid.tentative[i] ?? 0) }));
        const hours = bookingHoursIn(days, bookings);
        const byId = new Map(campaigns.map((c) => [c.id, c]));
        const rows = bookings
          .map((b) => ({ ...b, hoursInCell: hours.get(b.id) ?? 0, campaign: byId.get(b.campaignId) }))
          .sort((a, b) => b.hoursInCell - a.hoursInCell || a.start.localeCompare(b.start));
        setState({ detail: { bookings: rows, timeOff }, error: null });
      },
      (error: unknown) => live && setState({ detail: null, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [cell, version]);
  return state;
}
