import { EmptyState } from '../../components/EmptyState';
import { TopBar } from './TopBar';
import type { ViewMeta } from './views';

/** An honest placeholder for a view a later release fills: no fake content. */
export function ComingSoon({ meta }: { meta: ViewMeta }) {
  return (
    <>
      <TopBar title={meta.title} />
      <div className="content">
        <EmptyState icon={meta.icon} title={`${meta.title} is coming in a later release`}>
          {meta.later} In the meantime, plan in People, Campaigns and Calendar.
        </EmptyState>
      </div>
    </>
  );
}
