import { join } from 'node:path';
import type { AppEvent } from '@shared/contract';
import type { Platform } from '../../../electron/handlers/context';
import { printHtmlToPdf } from './printPdf';

/** What the file dialogs answer. */
export interface DialogAnswers {
  /** The path the open dialog returns (null or unset: the user cancels). */
  open?: string | null;
  /** The path the save dialog returns (null: the user cancels); unset: the suggested name in `saveDir`. */
  save?: string | null;
}

export interface TestPlatform extends Platform {
  /** Change what the next dialogs answer. */
  dialogs: DialogAnswers;
  /** Every dialog asked for, in order (e.g. to check a suggested file name). */
  dialogCalls: { kind: 'open' | 'save'; title: string; defaultName?: string }[];
  /** Every event the handlers emitted (export progress). */
  events: AppEvent[];
  /** Where emitted events go next: the harness delivers them to the page, as the preload's onEvent would. */
  onEvent: ((event: AppEvent) => void) | null;
}

/**
 * The bridge's edge, standing in for Electron's dialogs and printing: "save" dialogs answer a
 * path in `saveDir` under the suggested name (or `dialogs.save`), "open" dialogs answer
 * `dialogs.open` (cancelled when unset), and pages are printed with Debian's Chromium.
 */
export function testPlatform(saveDir: string, dialogs: DialogAnswers = {}): TestPlatform {
  const platform: TestPlatform = {
    dialogs: { ...dialogs },
    dialogCalls: [],
    events: [],
    onEvent: null,
    chooseSavePath: async ({ title, defaultName }) => {
      platform.dialogCalls.push({ kind: 'save', title, defaultName });
      return platform.dialogs.save === undefined ? join(saveDir, defaultName) : platform.dialogs.save;
    },
    chooseOpenPath: async ({ title }) => {
      platform.dialogCalls.push({ kind: 'open', title });
      return platform.dialogs.open ?? null;
    },
    printToPdf: (html, options) => printHtmlToPdf(html, options),
    showInFolder: () => undefined,
    emit: (event) => {
      platform.events.push(event);
      platform.onEvent?.(event);
    },
  };
  return platform;
}
