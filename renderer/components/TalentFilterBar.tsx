import { useRef, type ComponentProps, type ReactNode } from 'react';
import type { TalentFilterFields } from '../lib/talentFilter';
import { useFold } from '../lib/useFold';
import { Popover } from './Popover';
import { TalentFilterControls } from './TalentFilterControls';

type Controls = Omit<ComponentProps<typeof TalentFilterControls>, 'part'>;

/** How many of the folded-away filters (kind, skill, tag) are set: the "More" button says so. */
export function restInUse(f: TalentFilterFields): number {
  return [f.kinds.length > 0 && f.kinds.length < 3, f.skillId !== null, f.tag.trim() !== ''].filter(Boolean).length;
}

/**
 * A people filter bar on one row: in full when it fits, else search and role stay and kind, skill
 * and tag fold into "More" (as on the Schedule). `children` come after (e.g. "Clear filters").
 */
export function TalentFilterBar({ className, label, children, ...controls }: Controls & { className: string; label?: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const fold = useFold(ref);
  return (
    <div ref={ref} className={`toolbar ${className}`} role="search" aria-label={label}>
      {fold ? (
        <>
          <TalentFilterControls {...controls} part="searchRole" />
          <Popover label="More" align="left" badge={restInUse(controls.filter)} title="Kind, skill, tag">
            {() => <TalentFilterControls {...controls} part="rest" widths={{ search: 180, tag: 248 }} />}
          </Popover>
        </>
      ) : (
        <TalentFilterControls {...controls} />
      )}
      {children}
    </div>
  );
}
