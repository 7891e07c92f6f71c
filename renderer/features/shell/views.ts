import type { IconName } from '../../components/Icon';
import type { ViewId } from '../../store/appSlice';

export interface ViewMeta {
  id: ViewId;
  title: string;
  icon: IconName;
}

export const VIEW_META: ViewMeta[] = [
  { id: 'people', title: 'People', icon: 'people' },
  { id: 'campaigns', title: 'Campaigns', icon: 'campaigns' },
  { id: 'calendar', title: 'Calendar', icon: 'calendar' },
  { id: 'schedule', title: 'Schedule', icon: 'schedule' },
  { id: 'capacity', title: 'Capacity', icon: 'capacity' },
  { id: 'staffing', title: 'Staffing', icon: 'staffing' },
  { id: 'snapshots', title: 'Snapshots', icon: 'snapshots' },
  { id: 'actuals', title: 'Actuals', icon: 'clock' },
  { id: 'settings', title: 'Settings', icon: 'settings' },
];

