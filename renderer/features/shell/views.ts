import type { IconName } from '../../components/Icon';
import type { ViewId } from '../../store/appSlice';

export interface ViewMeta {
  id: ViewId;
  title: string;
  icon: IconName;
  /** Filled by a later release; the view shows an honest empty state until then. */
  later?: string;
}

export const VIEW_META: ViewMeta[] = [
  { id: 'people', title: 'People', icon: 'people' },
  { id: 'campaigns', title: 'Campaigns', icon: 'campaigns' },
  { id: 'calendar', title: 'Calendar', icon: 'calendar' },
  { id: 'schedule', title: 'Schedule', icon: 'schedule', later: 'A timeline of everyone’s bookings, week by week, where you can drag to book and resize.' },
  { id: 'capacity', title: 'Capacity', icon: 'capacity', later: 'Capacity against demand by role and skill, with utilisation and shortfall over time.' },
  { id: 'staffing', title: 'Staffing', icon: 'staffing', later: 'Proposals for who should fill each open demand line, balancing skills, cost and availability.' },
  { id: 'snapshots', title: 'Snapshots', icon: 'snapshots', later: 'Saved copies of a plan to compare scenarios and see what changed since last week.' },
];

export const viewMeta = (id: ViewId): ViewMeta => VIEW_META.find((v) => v.id === id) ?? VIEW_META[0];
