import type { ParsedInput, WrittenReport } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../handlers/context';
import { compareSnapshots } from '@shared/snapshots/compare';
import { renderReport } from '@shared/snapshots/report/html';
import { writeFileAtomic } from '../io/writeFile';
import { snapshotOrThrow } from './service';

type ExportInput = ParsedInput<'snapshots:exportHtml'>;

const fileNameOf = (name: string) => name.replace(/[^\w\- ]+/g, '').trim().replace(/\s+/g, '-').slice(0, 80) || 'snapshot';

function reportHtml(ctx: HandlerContext, input: ExportInput): { html: string; name: string } {
  const snapshot = snapshotOrThrow(ctx, input.id);
  let comparison = null;
  if (input.compareWith !== undefined && input.compareWith !== input.id) {
    const other = snapshotOrThrow(ctx, input.compareWith);
    const [base, current] = other.takenAt <= snapshot.takenAt ? [other, snapshot] : [snapshot, other];
    comparison = compareSnapshots(base, current);
  }
  return { html: renderReport(snapshot, comparison, { appName: ctx.app.name }), name: snapshot.name };
}

async function targetPath(ctx: HandlerContext, path: string | undefined, name: string, extension: 'html' | 'pdf'): Promise<string> {
  if (path) return path;
  if (!ctx.platform) throw new AppError('invalid_input', 'Choose where to save the report.', 'path');
  const chosen = await ctx.platform.chooseSavePath({
    title: extension === 'pdf' ? 'Save the report as PDF' : 'Save the report as a web page',
    defaultName: `${fileNameOf(name)}.${extension}`,
    filters: [extension === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Web page', extensions: ['html'] }],
  });
  if (!chosen) throw new AppError('cancelled', 'The report was not saved.');
  return chosen;
}

/** Saves a one-file HTML report (asking where when no path is given). Retrospectives use it too. */
export async function saveHtmlReport(ctx: HandlerContext, report: { html: string; name: string }, path?: string): Promise<WrittenReport> {
  const target = await targetPath(ctx, path, report.name, 'html');
  const bytes = Buffer.from(report.html, 'utf8');
  writeFileAtomic(target, bytes);
  return { path: target, bytes: bytes.length };
}

/** Prints a one-file HTML report to PDF (landscape) and saves it. */
export async function savePdfReport(ctx: HandlerContext, report: { html: string; name: string }, path?: string): Promise<WrittenReport> {
  if (!ctx.platform) throw new AppError('internal', 'Printing to PDF is not available here.');
  const target = await targetPath(ctx, path, report.name, 'pdf');
  const pdf = await ctx.platform.printToPdf(report.html, { landscape: true });
  writeFileAtomic(target, pdf);
  return { path: target, bytes: pdf.length };
}

export const exportHtml = (ctx: HandlerContext, input: ExportInput) => saveHtmlReport(ctx, reportHtml(ctx, input), input.path);
export const exportPdf = (ctx: HandlerContext, input: ExportInput) => savePdfReport(ctx, reportHtml(ctx, input), input.path);
