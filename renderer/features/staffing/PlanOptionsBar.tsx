import { useRef } from 'react';
import { Button } from '../../components/Button';
import { Popover } from '../../components/Popover';
import { formatNumber } from '../../lib/format';
import { ROVING } from '../../lib/roving';
import { useFold } from '../../lib/useFold';
import { useStore } from '../../store';
import { RangePicker } from '../capacity/RangePicker';
import { KindsSelect } from './KindsSelect';

interface Props {
  elapsed: number;
  onSettings(): void;
}

/**
 * The plan's options on one row: the range, then how lines are split, who may be proposed and
 * whether tentative counts; when the row would not fit, those three fold into "Options" and the
 * range's presets into one list.
 */
export function PlanOptionsBar({ elapsed, onSettings }: Props) {
  const { range, mode, kinds, includeTentative } = useStore((s) => s.staffingOptions);
  const setOptions = useStore((s) => s.setStaffingOptions);
  const busy = useStore((s) => s.staffingBusy);
  const proposal = useStore((s) => s.staffingProposal);
  const bar = useRef<HTMLDivElement>(null);
  const fold = useFold(bar);
  const options = (
    <>
      <div className="segmented" role="group" aria-label="Mode" {...ROVING}>
        <button type="button" aria-pressed={mode === 'split'} onClick={() => setOptions({ mode: 'split' })} title="A line's hours may go to several people">
          Split lines
        </button>
        <button type="button" aria-pressed={mode === 'whole'} onClick={() => setOptions({ mode: 'whole' })} title="Each line goes to one person">
          One person per line
        </button>
      </div>
      <KindsSelect value={kinds} onChange={(k) => setOptions({ kinds: k })} />
      <label className="checkbox" title="Tentative bookings count as taken">
        <input type="checkbox" checked={includeTentative} onChange={(e) => setOptions({ includeTentative: e.target.checked })} />
        Tentative counts as taken
      </label>
    </>
  );
  return (
    <div ref={bar} className="sf-bar" role="search" aria-label="Plan options">
      <RangePicker value={range} onChange={(r) => setOptions({ range: r })} compact={fold} />
      {fold ? (
        <Popover label="Options" align="left" title="Split lines or one person per line, who may be proposed, tentative bookings">
          {() => options}
        </Popover>
      ) : (
        options
      )}
      <span className="spacer" />
      <Button icon="filter" disabled={busy !== null} onClick={onSettings} title="What an open hour costs, and how much each priority counts">
        Plan settings
      </Button>
      <Button variant="primary" icon="staffing" disabled={busy !== null} onClick={() => void useStore.getState().proposeStaffing()}>
        {busy === 'propose' ? `Solving… ${formatNumber(elapsed, 1)} s` : proposal ? 'Propose again' : 'Propose plan'}
      </Button>
    </div>
  );
}
