import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BookingView } from '@shared/contract';
import type { App } from '../harness';

/** A day cell of FullCalendar's month grid. */
export const dayCell = (page: Page, iso: string) => page.locator(`.fc-daygrid-day[data-date="${iso}"]`).first();

/** The booking bars that name a person. */
export const bookingEvent = (page: Page, person: string) => page.locator('.fc-daygrid-event.cp-booking', { hasText: person });

/** Waits until the calendar has refetched and the person's booking shows the given dates ('start..end'). */
export async function settled(page: Page, person: string, dates: string): Promise<void> {
  await expect.poll(async () => (await bookingEvent(page, person).first().getAttribute('data-range')) ?? '', { timeout: 10_000 }).toBe(dates);
  await expect.poll(() => page.locator('.cp-loading').count()).toBe(0);
}

/** A person's stored bookings, read through the same dispatch the page uses. */
export function bookingsOf(app: App, talentId: number): Promise<BookingView[]> {
  return app.bridge.call('bookings:list', { talentIds: [talentId] });
}
