import type { ImportEntity } from '@shared/io/types';

export const ENTITY_LABELS: Record<ImportEntity, string> = {
  talent: 'People',
  campaigns: 'Campaigns',
  demandLines: 'Demand lines',
  bookings: 'Bookings',
  timeOff: 'Time off',
  actuals: 'Actuals (time tracking)',
};

export const TEMPLATE_NAMES: Record<ImportEntity, string> = {
  talent: 'people-template',
  campaigns: 'campaigns-template',
  demandLines: 'demand-lines-template',
  bookings: 'bookings-template',
  timeOff: 'time-off-template',
  actuals: 'actuals-template',
};

export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
