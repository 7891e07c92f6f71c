import type { FreePerson } from '@shared/contract';
import type { Role } from '@shared/domain';
import { Avatar } from '../../components/Avatar';
import { Button } from '../../components/Button';
import { formatDateRange, formatHours, formatPercent } from '../../lib/format';
import { KIND_LABEL } from '../../lib/talentKinds';
import { MiniTimeline } from './MiniTimeline';

interface Props {
  person: FreePerson;
  roles: readonly Role[];
  dates: string[];
  numbers: boolean;
  onBook: (person: FreePerson) => void;
}

/** "6 days × 3.5 h, 6 – 13 May 2027" */
function bookingWords(p: FreePerson): string {
  const s = p.suggestion;
  if (!s) return 'No whole quarter hour free on a working day';
  return `${s.days} ${s.days === 1 ? 'day' : 'days'} × ${formatHours(s.hoursPerDay)}, ${formatDateRange(s.start, s.end)}`;
}

/** One free person: who, their days, how much is free, and Book. */
export function FreeResultRow({ person: p, roles, dates, numbers, onBook }: Props) {
  const role = roles.find((r) => r.id === p.primaryRoleId)?.name ?? 'No role';
  const share = p.freeShare === null ? '' : ` (${formatPercent(p.freeShare, false)})`;
  return (
    <li className="ft-row" data-talent-id={p.id} data-free-hours={p.freeHours}>
      <div className="ft-who">
        <Avatar name={p.name} seed={p.id} />
        <div className="ft-who-text">
          <span className="ft-name">{p.name}</span>
          <span className="ft-role">
            {role} · {KIND_LABEL[p.kind]}
          </span>
        </div>
      </div>
      <MiniTimeline person={p} dates={dates} numbers={numbers} />
      <div className="ft-figures">
        <span className="ft-free-hours">{formatHours(p.freeHours)} free</span>
        <span className="ft-of">
          of {formatHours(p.capacityHours)}
          {share}
        </span>
      </div>
      <div className="ft-book">
        <Button size="sm" variant="primary" aria-label={`Book ${p.name}`} title={`Book ${bookingWords(p)}`} disabled={!p.suggestion} onClick={() => onBook(p)}>
          Book
        </Button>
        <span className="ft-suggest">{bookingWords(p)}</span>
      </div>
    </li>
  );
}
