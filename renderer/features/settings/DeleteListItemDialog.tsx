import { useEffect, useState } from 'react';
import type { ListDeleteImpact } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useStore } from '../../store';

interface Props {
  kind: 'roles' | 'skills' | 'channels';
  item: { id: number; name: string };
  onMerge: () => void;
  onClose: () => void;
}

/** Says what deleting a role or skill changes before it is done; a role still in use offers a merge instead. */
export function DeleteListItemDialog({ kind, item, onMerge, onClose }: Props) {
  const impactOf = useStore((s) => s.listDeleteImpact);
  const remove = useStore((s) => s.deleteFromList);
  const [impact, setImpact] = useState<ListDeleteImpact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = `Delete “${item.name}”?`;

  useEffect(() => {
    impactOf(kind, item.id).then(setImpact, (e: unknown) => setError(errorMessage(e)));
  }, [impactOf, kind, item.id]);

  if (!impact || impact.blocked) {
    return (
      <Dialog
        title={title}
        onClose={onClose}
        footer={
          <>
            <Button onClick={onClose}>Close</Button>
            {impact?.blocked && (
              <Button variant="primary" onClick={onMerge} data-autofocus>
                Merge into another role…
              </Button>
            )}
          </>
        }
      >
        <p>{error ?? impact?.blocked ?? 'Checking what uses it…'}</p>
      </Dialog>
    );
  }
  return <ConfirmDialog title={title} message={`${impact.message} Undo puts it back.`} confirmLabel="Delete" danger onConfirm={() => remove(kind, item.id, item.name)} onClose={onClose} />;
}
