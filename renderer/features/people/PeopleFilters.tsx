import { Button } from '../../components/Button';
import { TalentFilterBar } from '../../components/TalentFilterBar';
import { useStore } from '../../store';
import { isFilterActive } from '../../store/peopleFilter';

/** The filter bar. Every change reloads talent:list with the filter. */
export function PeopleFilters() {
  const filter = useStore((s) => s.peopleFilter);
  const setFilter = useStore((s) => s.setPeopleFilter);
  const reset = useStore((s) => s.resetPeopleFilter);
  const roles = useStore((s) => s.roles);
  const skills = useStore((s) => s.skills);
  return (
    <TalentFilterBar className="people-filters" filter={filter} onChange={setFilter} roles={roles} skills={skills} widths={{ search: 240, tag: 110 }}>
      {isFilterActive(filter) && (
        <Button variant="ghost" size="sm" onClick={reset}>
          Clear filters
        </Button>
      )}
    </TalentFilterBar>
  );
}
