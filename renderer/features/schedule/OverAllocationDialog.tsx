import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { setSchedule, useSchedule } from './state';

/** The confirm step before saving a booking that over-allocates someone. */
export function OverAllocationDialog() {
  const confirm = useSchedule((s) => s.confirm);
  if (!confirm) return null;
  const answer = (ok: boolean) => {
    setSchedule({ confirm: null });
    confirm.resolve(ok);
  };
  return (
    <Dialog
      title="Over-allocated"
      onClose={() => answer(false)}
      onSubmit={() => answer(true)}
      footer={
        <>
          <Button onClick={() => answer(false)}>Cancel</Button>
          <Button type="submit" variant="primary" data-autofocus>
            Save anyway
          </Button>
        </>
      }
    >
      <div className="sch-over">
        <Icon name="alert" size={18} />
        <div>
          {confirm.message.split('\n').map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p className="sch-over-q">Save anyway?</p>
        </div>
      </div>
    </Dialog>
  );
}
