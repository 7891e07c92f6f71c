// The system locale for dates, and the first day of the week it implies.

interface WeekInfo {
  firstDay: number;
}
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

export function systemLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
}

/** FullCalendar's firstDay (0 = Sunday) for a locale: Monday unless the locale says otherwise. */
export function firstDayOf(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as LocaleWithWeek;
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay % 7;
  } catch {
    // An unknown tag: fall through to Monday.
  }
  return 1;
}
