import { memo, useMemo } from 'react';
import type { BookingStatus, Id } from '@shared/domain';
import { RoleSelect } from '../../components/RoleSelect';
import type { CalendarFilters } from './filters';
import { talentWithRole, type Lookups } from './lookups';

interface Props {
  filters: CalendarFilters;
  lookups: Lookups;
  onChange: (filters: CalendarFilters) => void;
}

const idOrNull = (v: string): Id | null => (v === '' ? null : Number(v));

/** Person, role, campaign and status filters above the calendar. */
export const FilterBar = memo(function FilterBar({ filters, lookups, onChange }: Props) {
  const people = useMemo(() => (filters.roleId === null ? lookups.talent : talentWithRole(lookups, filters.roleId)), [lookups, filters.roleId]);
  const any = filters.talentId !== null || filters.roleId !== null || filters.campaignId !== null || filters.status !== null;
  return (
    <div className="cp-filters" role="group" aria-label="Calendar filters">
      <label className="cp-filter">
        <span className="field-label">Person</span>
        <select className="select" aria-label="Person" value={filters.talentId ?? ''} onChange={(e) => onChange({ ...filters, talentId: idOrNull(e.target.value) })}>
          <option value="">Everyone</option>
          {people.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="cp-filter">
        <span className="field-label">Role</span>
        <RoleSelect
          roles={lookups.roles}
          anyLabel="All roles"
          aria-label="Role"
          value={filters.roleId}
          onChange={(roleId) => {
            const keep = filters.talentId !== null && roleId !== null && talentWithRole(lookups, roleId).some((t) => t.id === filters.talentId);
            onChange({ ...filters, roleId, talentId: roleId === null || keep ? filters.talentId : null });
          }}
        />
      </label>
      <label className="cp-filter">
        <span className="field-label">Campaign</span>
        <select className="select" aria-label="Campaign" value={filters.campaignId ?? ''} onChange={(e) => onChange({ ...filters, campaignId: idOrNull(e.target.value) })}>
          <option value="">All campaigns</option>
          {lookups.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="cp-filter">
        <span className="field-label">Status</span>
        <select className="select" aria-label="Status" value={filters.status ?? ''} onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as BookingStatus | null })}>
          <option value="">Any status</option>
          <option value="confirmed">Confirmed</option>
          <option value="tentative">Tentative</option>
        </select>
      </label>
      {any ? (
        <button type="button" className="btn btn-ghost btn-sm cp-clear" onClick={() => onChange({ talentId: null, roleId: null, campaignId: null, status: null })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
});
