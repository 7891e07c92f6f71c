import { Button } from '../../components/Button';
import { TalentFilterBar } from '../../components/TalentFilterBar';
import { useStore } from '../../store';
import { isFilterActive } from './filter';

/** Who the heatmap and the over-allocations show: name, kind, role, skill and level, and tag. */
export function CapacityFilters() {
  const filter = useStore((s) => s.capacityFilter);
  const setFilter = useStore((s) => s.setCapacityFilter);
  const reset = useStore((s) => s.resetCapacityFilter);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  const otherRoles = filter.roleId !== null && (
    <label className="checkbox">
      <input type="checkbox" checked={filter.includeOtherRoles} onChange={(e) => setFilter({ includeOtherRoles: e.target.checked })} />
      Also as other role
    </label>
  );
  return (
    <TalentFilterBar className="capacity-filters" label="Filter people" filter={filter} onChange={setFilter} roles={roles} skills={skills} searchPlaceholder="Search people…" widths={{ search: 210, tag: 110 }} afterRole={otherRoles}>
      {isFilterActive(filter) && (
        <Button variant="ghost" size="sm" onClick={reset}>
          Clear filters
        </Button>
      )}
    </TalentFilterBar>
  );
}
