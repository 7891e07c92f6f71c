import { useStore } from '../../store';

/**
 * After the editor saved from outside a view that keeps its own bookings (File → New Booking,
 * Staffing, the campaign page): the views on screen refetch (reloadLoaded), and a toast offers Undo. When main
 * announces every committed write, only the toast stays here.
 */
export async function announceBookingSaved(message: string): Promise<void> {
  const s = useStore.getState();
  await s.reloadLoaded();
  await s.announceChange(message);
}
