import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';

// axe-core runs inside the page (the built renderer in Chromium), with the WCAG 2.0 and 2.1 A and AA rules.

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SERIOUS: ImpactValue[] = ['serious', 'critical'];

export interface A11yViolation {
  rule: string;
  impact: ImpactValue;
  target: string;
  summary: string;
}

/** Every serious or critical WCAG 2.0/2.1 A/AA violation on the page as it is now, one per element. */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the debugger protocol: the app's Content-Security-Policy forbids inline scripts.
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      }),
  );
  return results.violations.flatMap((v) =>
    v.nodes
      .filter((n) => SERIOUS.includes(n.impact ?? v.impact ?? 'minor'))
      .map((n) => ({
        rule: v.id,
        impact: n.impact ?? v.impact ?? 'serious',
        target: n.target.join(' '),
        summary: (n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim(),
      })),
  );
}

export function describeViolations(name: string, list: A11yViolation[]): string {
  const lines = list.map((v) => `- [${v.impact}] ${v.rule} at ${v.target}: ${v.summary}`);
  return `${name}: ${list.length} serious or critical accessibility violation(s)\n${lines.join('\n')}`;
}

/** Fails with each serious or critical violation (rule, element, what is wrong) on the screen `name`. */
export async function expectNoSeriousA11yViolations(page: Page, name: string): Promise<void> {
  const list = await seriousA11yViolations(page);
  if (list.length > 0) throw new Error(describeViolations(name, list));
}
