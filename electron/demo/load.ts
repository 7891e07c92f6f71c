import type { IsoDate } from '@shared/domain';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { countRows, setMeta } from '../db/repos/meta';
import { DEMO_SEED, DEMO_SIZE, generateStudio } from './generate';
import { writeDemoTemplates } from './templates';
import { DEMO_CHANNELS, generateBriefs } from './briefs';
import { writeStudio, type WrittenCounts } from './write';

/**
 * Fills an empty workspace with the demo studio, dated from `today`, and marks it onboarded.
 * Refuses (conflict) when the workspace already has people or campaigns; then nothing is written.
 */
export function loadDemoStudio(db: Db, today: IsoDate, seed: number = DEMO_SEED): WrittenCounts {
  return db
    .transaction(() => {
      const counts = countRows(db);
      if (counts.talent > 0 || counts.campaigns > 0) {
        throw new AppError('conflict', 'The demo studio can only be loaded into an empty workspace, and this one already has people or campaigns.');
      }
      const studio = generateStudio(seed, today, DEMO_SIZE);
      const written = writeStudio(db, { ...studio, channels: DEMO_CHANNELS, briefs: generateBriefs(studio.campaigns) }, `${today}T09:00:00.000Z`);
      writeDemoTemplates(db, today);
      setMeta(db, 'onboarded', 'demo');
      return written;
    })
    .immediate();
}
