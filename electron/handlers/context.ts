import type { AppEvent } from '@shared/contract';
import type { Db } from '../db/open';

/**
 * What only the app's edge can do: native dialogs and printing. Electron provides it in the app
 * (electron/platform.ts); the e2e bridge and tests provide their own. Handlers never import
 * electron, so they ask for these through the context.
 */
export interface Platform {
  /** Asks the user where to save a file; null when they cancel. */
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks the user for a file to open; null when they cancel. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Prints a self-contained HTML page (print-styled, A4) to a PDF; the templates are Chromium's header/footer templates. */
  printToPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
  /** Shows a file in the system's file manager. */
  showInFolder(path: string): void;
  /** Pushes an event to the renderer (progress of a long import or export). */
  emit?(event: AppEvent): void;
}

export interface PrintOptions {
  landscape: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  /** Page margins in millimetres (room for the header and footer). */
  marginsMm?: { top: number; bottom: number; left: number; right: number };
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What every handler needs: the open workspace, a clock, and facts about the app. */
export interface HandlerContext {
  db: Db;
  /** Injected so tests and the e2e bridge run on a fixed clock. */
  now: () => Date;
  app: { name: string; version: string; workspacePath: string };
  /** Absent where there is no user to ask (scripts, most unit tests). */
  platform?: Platform;
}

/** The local calendar day of `date` as 'YYYY-MM-DD'. */
export { isoOfLocalDate as localIsoDate } from '@shared/dates';
