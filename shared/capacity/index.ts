// The pure capacity core: public surface.

export * from '@shared/dates';
export * from '@shared/capacity/range';
export * from '@shared/capacity/timeline';
export * from '@shared/capacity/patterns';
export * from '@shared/capacity/holidays';
export * from '@shared/capacity/state';
export * from '@shared/capacity/availability';
export * from '@shared/capacity/allocation';
export * from '@shared/capacity/bookings';
export * from '@shared/capacity/units';
export * from '@shared/capacity/demand';
export * from '@shared/capacity/aggregates';
export * from '@shared/capacity/engine';
export * from '@shared/capacity/people';
export * from '@shared/capacity/reports';
export * from '@shared/capacity/overallocation';
export * from '@shared/capacity/warnings';
export * from '@shared/capacity/cost';
export * from '@shared/capacity/dayReasons';
export * from '@shared/capacity/bookingPreview';
