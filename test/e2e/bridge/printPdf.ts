// The test edge's printToPdf: Debian's Chromium through playwright-core, as Electron's
// webContents.printToPDF does in the app (same engine, same header/footer templates).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { PrintOptions } from '../../../electron/handlers/context';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

export async function printHtmlToPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium to print with: install chromium (apt-get install -y chromium).');
  const dir = mkdtempSync(join(tmpdir(), 'cp-print-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, html, 'utf8');
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--disable-javascript'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
    const m = options.marginsMm ?? { top: 10, bottom: 10, left: 10, right: 10 };
    const header = Boolean(options.headerTemplate || options.footerTemplate);
    return await page.pdf({
      format: 'A4',
      landscape: options.landscape,
      printBackground: true,
      displayHeaderFooter: header,
      headerTemplate: options.headerTemplate ?? '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
      margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` },
    });
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
