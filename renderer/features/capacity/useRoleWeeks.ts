import { useEffect, useState } from 'react';
import type { RoleWeek } from '@shared/contract';
import { call, errorMessage } from '../../api';
import type { DayRangeIso } from './range';

/** capacity:roleWeeks for the range and toggles; every role, so the chart can switch without a refetch. */
export function useRoleWeeks(range: DayRangeIso, weighted: boolean, includeOtherRoles: boolean, version: number) {
  const [state, setState] = useState<{ rows: RoleWeek[] | null; error: string | null; loading: boolean }>({ rows: null, error: null, loading: true });
  const { start, end } = range;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call('capacity:roleWeeks', { range: { start, end }, weighted, includeOtherRoles }).then(
      (rows) => live && setState({ rows, error: null, loading: false }),
      (error: unknown) => live && setState({ rows: null, error: errorMessage(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [start, end, weighted, includeOtherRoles, version]);
  return state;
}
