import { useEffect, useState } from 'react';
import type { BookingCheckResult, Input } from '@shared/contract';
import { call, errorMessage } from '../../api';

/**
 * What bookings:check says about the booking being edited (its working days, capacity, pattern
 * hours and the days it would over-allocate, with why), asked again a moment after it stops
 * changing. Keeps the last answer while a new one is on its way; null before the first.
 */
export function useBookingCheck(input: Input<'bookings:check'> | null): { check: BookingCheckResult | null; pending: boolean; problem: string | null } {
  const key = input ? JSON.stringify(input) : '';
  const [state, setState] = useState<{ key: string; check: BookingCheckResult | null; problem?: string }>({ key: '', check: null });
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      call('bookings:check', JSON.parse(key) as Input<'bookings:check'>)
        .then((check) => live && setState({ key, check }))
        .catch((e: unknown) => live && setState({ key, check: null, problem: errorMessage(e) }));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  const pending = key !== '' && state.key !== key;
  return { check: key ? state.check : null, pending, problem: !pending && key ? (state.problem ?? null) : null };
}
