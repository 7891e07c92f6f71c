import type { RetroReport, WrittenReport } from '@shared/contract';
import { renderRetroReport } from '@shared/retros/html';
import type { HandlerContext } from '../handlers/context';
import { saveHtmlReport, savePdfReport } from '../snapshots/export';

const page = (ctx: HandlerContext, report: RetroReport) => ({
  html: renderRetroReport(report, { appName: ctx.app.name, now: ctx.now().toISOString() }),
  name: `Retrospective ${report.retro.title}`,
});

export const exportRetroHtml = (ctx: HandlerContext, report: RetroReport, path?: string): Promise<WrittenReport> => saveHtmlReport(ctx, page(ctx, report), path);
export const exportRetroPdf = (ctx: HandlerContext, report: RetroReport, path?: string): Promise<WrittenReport> => savePdfReport(ctx, page(ctx, report), path);
