import type { Locator, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** A point inside an element, by fractions of its box (default: centred, low enough to miss stacked events). */
export async function pointIn(target: Locator, yFraction = 0.8, xFraction = 0.5): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width * xFraction, y: box.y + box.height * yFraction };
}

/** Press, move in steps as a hand would (past the drag threshold first), release. */
export async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 2, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}
