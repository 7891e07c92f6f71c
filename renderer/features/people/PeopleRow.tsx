import { memo } from 'react';
import type { Talent } from '@shared/domain';
import { Avatar } from '../../components/Avatar';
import { formatMoney } from '../../lib/format';
import { PEOPLE_GRID } from './PeopleTable';
import { KIND_LABEL } from '../../lib/talentKinds';

interface Props {
  talent: Talent;
  index: number;
  top: number;
  height: number;
  roleNames: Map<number, string>;
  skillNames: Map<number, string>;
  onOpen: (t: Talent) => void;
}

const MAX_SKILLS = 3;
const MAX_TAGS = 2;

export const PeopleRow = memo(function PeopleRow({ talent: t, index, top, height, roleNames, skillNames, onOpen }: Props) {
  const skills = [...t.skills].sort((a, b) => b.level - a.level);
  const otherRoles = t.otherRoleIds.map((id) => roleNames.get(id)).filter(Boolean) as string[];
  return (
    <div
      className="grid-row"
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      style={{ gridTemplateColumns: PEOPLE_GRID, position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)` }}
      onClick={() => onOpen(t)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(t);
        }
      }}
    >
      <div className="cell" role="cell">
        <div className="person-cell">
          <Avatar name={t.name} seed={t.id} />
          <div style={{ minWidth: 0 }}>
            <span className="cell-strong">{t.name}</span>
            {t.email && <span className="cell-sub">{t.email}</span>}
          </div>
        </div>
      </div>
      <div className="cell kind" role="cell">
        {KIND_LABEL[t.kind]}
        {t.kind === 'agency' && t.headcount > 1 && <span className="cell-sub">{t.headcount} people</span>}
      </div>
      <div className="cell" role="cell" title={[roleNames.get(t.primaryRoleId), ...otherRoles].join(', ')}>
        {roleNames.get(t.primaryRoleId) ?? '—'}
        {otherRoles.length > 0 && <span className="cell-sub">also {otherRoles.join(', ')}</span>}
      </div>
      <div className="cell" role="cell">
        <div className="chips" title={skills.map((s) => `${skillNames.get(s.skillId) ?? '?'} ${s.level}`).join(', ')}>
          {skills.slice(0, MAX_SKILLS).map((s) => (
            <span className="chip" key={s.skillId}>
              {skillNames.get(s.skillId) ?? 'Skill'} <b>{s.level}</b>
            </span>
          ))}
          {skills.length > MAX_SKILLS && <span className="chip chip-more">+{skills.length - MAX_SKILLS}</span>}
          {skills.length === 0 && <span className="muted">—</span>}
        </div>
      </div>
      <div className="cell" role="cell">
        <div className="chips" title={t.tags.join(', ')}>
          {t.tags.slice(0, MAX_TAGS).map((tag) => (
            <span className="chip chip-tag" key={tag}>
              {tag}
            </span>
          ))}
          {t.tags.length > MAX_TAGS && <span className="chip chip-more">+{t.tags.length - MAX_TAGS}</span>}
          {t.tags.length === 0 && <span className="muted">—</span>}
        </div>
      </div>
      <div className="cell" role="cell">
        {t.team ?? <span className="muted">—</span>}
      </div>
      <div className="cell num" role="cell">
        {formatMoney(t.costRate, t.currency)}
        {t.costRateUnit === 'day' ? '/day' : '/h'}
      </div>
      <div className="cell num" role="cell">
        {formatMoney(t.billRate, t.currency)}
        {t.billRateUnit === 'day' ? '/day' : '/h'}
      </div>
    </div>
  );
});
