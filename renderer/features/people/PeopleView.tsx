import { useEffect, useState } from 'react';
import type { Talent } from '@shared/domain';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { isFilterActive } from '../../store/peopleFilter';
import { TopBar } from '../shell/TopBar';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { TalentDialog } from './TalentDialog';
import { IoButtons } from '../io/IoButtons';

type Editing = { mode: 'new' } | { mode: 'edit'; talent: Talent } | null;

export function PeopleView() {
  const filter = useStore((s) => s.peopleFilter);
  const loaded = useStore((s) => s.peopleLoaded);
  const loading = useStore((s) => s.peopleLoading);
  const count = useStore((s) => s.people.length);
  const loadPeople = useStore((s) => s.loadPeople);
  const resetFilter = useStore((s) => s.resetPeopleFilter);
  const rolesCount = useStore((s) => s.roles.length);
  const lookupsLoaded = useStore((s) => s.lookupsLoaded);
  const pending = useStore((s) => s.pending);
  const consumePending = useStore((s) => s.consumePending);
  const [editing, setEditing] = useState<Editing>(null);

  useEffect(() => {
    void loadPeople();
  }, [filter, loadPeople]);

  useEffect(() => {
    if (pending === 'new-talent') {
      consumePending();
      setEditing({ mode: 'new' });
    }
  }, [pending, consumePending]);

  const addButton = (
    <Button variant="primary" icon="plus" onClick={() => setEditing({ mode: 'new' })}>
      Add person
    </Button>
  );

  let body;
  if (!loaded) body = <div className="boot"><span className="spinner" /></div>;
  else if (count === 0 && !isFilterActive(filter))
    body = (
      <EmptyState icon="people" title="No one here yet" actions={addButton}>
        Add your staff, freelancers and agencies with their roles, skills and rates. Then you can plan them against campaign demand.
        {lookupsLoaded && rolesCount === 0 && ' You can create roles and skills as you go.'}
      </EmptyState>
    );
  else if (count === 0)
    body = (
      <EmptyState icon="filter" title="No one matches these filters" actions={<Button onClick={resetFilter}>Clear filters</Button>}>
        Try a lower skill level, another role, or fewer kinds.
      </EmptyState>
    );
  else body = <PeopleTable onOpen={(talent) => setEditing({ mode: 'edit', talent })} />;

  return (
    <>
      <TopBar title="People" actions={<><IoButtons entity="talent" />{addButton}</>} count={loaded ? `${formatNumber(count, 0)} ${count === 1 ? 'person' : 'people'}` : null} busy={loading} />
      <PeopleFilters />
      <div className="content">{body}</div>
      {editing && <TalentDialog talent={editing.mode === 'edit' ? editing.talent : null} onClose={() => setEditing(null)} />}
    </>
  );
}
