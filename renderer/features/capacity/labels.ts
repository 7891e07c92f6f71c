export const BUCKET_LABEL = { day: 'Days', week: 'Weeks', month: 'Months' } as const;
