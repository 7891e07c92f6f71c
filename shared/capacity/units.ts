// Hours on the day grids are whole seconds in Int32 cells: sums and comparisons are exact (no
// drift when bookings are added and removed), at half the memory of Float64. Inputs are rounded
// to the second (1/3600 h), which keeps any figure entered with up to two decimals exact.

export const UNITS_PER_HOUR = 3600;

export function unitsFromHours(hours: number): number {
  return Math.round(hours * UNITS_PER_HOUR);
}

export function hoursFromUnits(units: number): number {
  return units / UNITS_PER_HOUR;
}
