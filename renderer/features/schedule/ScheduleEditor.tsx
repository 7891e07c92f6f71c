import { BookingEditor, type BookingFields } from '../bookings/BookingEditor';
import { ConfirmOverAllocation } from '../bookings/ConfirmOverAllocation';
import type { BookingDraft } from '../bookings/draft';
import { TimeOffDialog } from '../timeoff/TimeOffDialog';
import { commitBookings, deleteBooking, noteOnBanner } from './changes';
import { GridMenu } from './GridMenu';
import { getSchedule, setSchedule, useSchedule } from './state';

/** The Schedule's new or changed booking, through the one editor: its bars move at once. */
async function write(fields: BookingFields, d: BookingDraft, allowOverAllocation: boolean) {
  const input = { ...fields, id: d.id ?? undefined, demandLineId: fields.demandLineId ?? null, status: fields.status ?? 'tentative', note: fields.note ?? '' };
  const saved = await commitBookings([input], d.id === null ? 'Booked' : 'Updated', { rethrow: true, allowOverAllocation });
  if (!saved) throw new Error('The booking was not saved.');
  return saved[0];
}

async function remove(id: number) {
  const b = getSchedule().bookings.get(id);
  if (b) await deleteBooking(b);
}

/** The booking editor, the time-off dialog, the grid's right-click menu, and the "Save anyway" question for moved bars. */
export function ScheduleEditor() {
  const draft = useSchedule((s) => s.draft);
  const confirm = useSchedule((s) => s.confirm);
  const timeOff = useSchedule((s) => s.timeOffOpen);
  const close = () => setSchedule({ draft: null });
  const answer = (save: boolean) => {
    setSchedule({ confirm: null });
    confirm?.resolve(save);
  };
  return (
    <>
      {draft && (
        <BookingEditor key={`${draft.id ?? 'new'}-${draft.talentId}-${draft.start}`} initial={draft} hint={draft.hint} write={write} remove={remove} onClose={close} onDone={close} />
      )}
      {timeOff && <TimeOffDialog initial={timeOff} onClose={() => setSchedule({ timeOffOpen: null })} report={noteOnBanner} />}
      <GridMenu />
      {confirm && <ConfirmOverAllocation refusal={confirm.refusal} onAnswer={answer} />}
    </>
  );
}
