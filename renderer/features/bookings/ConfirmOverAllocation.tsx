import type { OverAllocationRefusal } from '@shared/errors';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { OverAllocationNotice } from './OverAllocationNotice';
import './editor.css';

/** Asks before a moved or resized bar is saved over someone's capacity: the days and why, then "Save anyway" or put it back. */
export function ConfirmOverAllocation({ refusal, onAnswer }: { refusal: OverAllocationRefusal; onAnswer: (save: boolean) => void }) {
  return (
    <Dialog
      title="This would over-allocate"
      onClose={() => onAnswer(false)}
      onSubmit={() => onAnswer(true)}
      footer={
        <>
          <Button onClick={() => onAnswer(false)}>Put it back</Button>
          <Button type="submit" variant="primary" data-autofocus>
            Save anyway
          </Button>
        </>
      }
    >
      <OverAllocationNotice people={refusal.people} />
    </Dialog>
  );
}
