import { z } from 'zod';
import { channel } from './channel';
import { checkSpan, VIEW_MAX_DAYS } from './limits';
import { isoDate, none, shortText } from './schemas';

export interface HolidayRegion {
  country: string;
  countryName: string;
  regions: { code: string; name: string }[];
}

export interface Holiday {
  date: string;
  name: string;
  country: string;
  region: string | null;
}

export const holidayChannels = {
  'holidays:regions': channel<HolidayRegion[]>()(none),
  'holidays:list': channel<Holiday[]>()(
    z
      .object({
        from: isoDate,
        to: isoDate,
        places: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), region: shortText.nullable() }).strict()).max(300),
      })
      .strict()
      .superRefine(({ from, to }, ctx) => checkSpan(ctx, { start: from, end: to }, VIEW_MAX_DAYS, 'A list of holidays', ['to'])),
  ),
};
