import { useEffect, useMemo, useReducer } from 'react';
import { call } from '../../api';
import { GridPages } from './gridPages';
import type { ContractFilter } from './filter';
import type { DayRangeIso } from './range';
import type { Bucket, HeatmapOrder } from './store';

/** The heatmap's page cache for the current query; re-renders when a page arrives. */
export function useGridPages(range: DayRangeIso, bucket: Bucket, filter: ContractFilter, version: number, sort: HeatmapOrder = 'name'): GridPages {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const key = JSON.stringify([range, bucket, filter, version, sort]);
  const pages = useMemo(
    () => new GridPages((offset, limit) => call('capacity:grid', { range, bucket, filter, offset, limit, sort }), tick),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for range, bucket, filter, version and sort
    [key],
  );
  useEffect(() => {
    pages.attach();
    return () => pages.dispose();
  }, [pages]);
  return pages;
}
