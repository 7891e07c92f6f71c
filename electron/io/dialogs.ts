import type { SaveFormat } from '@shared/contract/io';
import type { FileFilter } from '../handlers/context';

/** The file-type filters of the open and save dialogs. */
export const SAVE_FILTERS: Record<SaveFormat | 'table', FileFilter> = {
  table: { name: 'Spreadsheets (CSV, Excel)', extensions: ['csv', 'xlsx', 'txt'] },
  csv: { name: 'CSV (UTF-8)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
};
