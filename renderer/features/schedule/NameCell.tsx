import { memo } from 'react';
import type { Talent } from '@shared/domain';
import { Avatar } from '../../components/Avatar';
import { ROW_H } from './geometry';

const KIND_TAG = { staff: null, freelancer: 'Freelance', agency: 'Agency' } as const;

/** A person's name, role and kind in the sticky names column. */
export const NameCell = memo(function NameCell({ person, roleName, index }: { person: Talent; roleName: string; index: number }) {
  const tag = KIND_TAG[person.kind];
  return (
    <div className="sch-name" data-talent-id={person.id} style={{ top: index * ROW_H }}>
      <Avatar name={person.name} seed={person.id} />
      <div className="sch-name-text">
        <div className="sch-name-main" title={person.name}>
          {person.name}
        </div>
        <div className="sch-name-sub">
          {roleName}
          {person.headcount > 1 && <span>× {person.headcount}</span>}
          {tag && <span className={`sch-kind ${person.kind}`}>{tag}</span>}
        </div>
      </div>
    </div>
  );
});
