import { useState } from 'react';
import type { ImportEntity } from '@shared/io/types';
import { Button } from '../../components/Button';
import { ExportDialog } from './ExportDialog';
import { ImportWizard } from './ImportWizard';

/** "Import…" and "Export…" for a view's top bar. */
export function IoButtons({ entity }: { entity: ImportEntity }) {
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <>
      <Button icon="file" onClick={() => setOpen('import')}>
        Import…
      </Button>
      <Button onClick={() => setOpen('export')}>Export…</Button>
      {open === 'import' && <ImportWizard initialEntity={entity} onClose={() => setOpen(null)} />}
      {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
    </>
  );
}
