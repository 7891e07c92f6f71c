// Money: exchange rates in force on a day, rates per hour or per day, and missing-rate warnings.

export * from '@shared/money/rates';
export * from '@shared/money/units';
export * from '@shared/money/missing';
