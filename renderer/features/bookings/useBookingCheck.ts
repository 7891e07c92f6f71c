import { useEffect, useState } from 'react';
import type { BookingCheckResult, Input } from '@shared/contract';
import { call } from '../../api';

/**
 * What bookings:check says about the booking being edited (its working days, capacity, pattern
 * hours and the days it would over-allocate, with why), asked again a moment after it stops
 * changing. Keeps the last answer while a new one is on its way; null before the first.
 */
export function useBookingCheck(input: Input<'bookings:check'> | null): { check: BookingCheckResult | null; pending: boolean } {
  const key = input ? JSON.stringify(input) : '';
  const [state, setState] = useState<{ key: string; check: BookingCheckResult | null }>({ key: '', check: null });
  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(() => {
      call('bookings:check', JSON.parse(key) as Input<'bookings:check'>)
        .then((check) => live && setState({ key, check }))
        .catch(() => live && setState({ key, check: null })); // the save itself will say what is wrong
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return { check: key ? state.check : null, pending: key !== '' && state.key !== key };
}
