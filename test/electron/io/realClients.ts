// The real clients that check exported files: LibreOffice (XLSX), poppler (PDF).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';

const which = (cmd: string) => ['/usr/bin', '/usr/local/bin', '/opt/libreoffice/program'].map((d) => join(d, cmd)).find(existsSync) ?? null;
export const LIBREOFFICE = which('libreoffice') ?? which('soffice');
export const PDFTOTEXT = which('pdftotext');
export const PDFTOPPM = which('pdftoppm');

/**
 * Every sheet of an XLSX as LibreOffice reads it: CSV per sheet (filter option 12 = -1), raw
 * values rather than as shown (option 9 = false; `asShown` sets it), UTF-8. Keyed by sheet name.
 */
export function libreOfficeSheets(xlsx: string, asShown = false): Map<string, string[][]> {
  if (!LIBREOFFICE) throw new Error('libreoffice is not installed');
  const out = mkdtempSync(join(tmpdir(), 'cp-lo-'));
  execFileSync(
    LIBREOFFICE,
    [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,${asShown},false,false,-1`, '--outdir', out, xlsx],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const stem = basename(xlsx).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(out).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.csv'))) {
    const parsed = Papa.parse<string[]>(readFileSync(join(out, file), 'utf8'), { skipEmptyLines: false });
    sheets.set(file.slice(stem.length + 1, -4), parsed.data);
  }
  return sheets;
}

export function pdfText(pdf: string): string {
  if (!PDFTOTEXT) throw new Error('pdftotext is not installed');
  return execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/** Renders pages to PNG (prefix-1.png, …) to look at. */
export function pdfPages(pdf: string, prefix: string, options: { first?: number; last?: number; dpi?: number } = {}): void {
  if (!PDFTOPPM) throw new Error('pdftoppm is not installed');
  execFileSync(PDFTOPPM, ['-png', '-r', String(options.dpi ?? 70), '-f', String(options.first ?? 1), '-l', String(options.last ?? 2), pdf, prefix]);
}
