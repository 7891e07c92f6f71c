import { useEffect, useState } from 'react';
import type { MarketingChannel } from '@shared/contract';
import type { Role, Skill } from '@shared/domain';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatPercent } from '../../lib/format';
import { useStore } from '../../store';
import { DeleteListItemDialog } from './DeleteListItemDialog';
import { ListItemForm } from './ListItemForm';
import { MergeDialog } from './MergeDialog';

type Item = Role | Skill | MarketingChannel;
type Open = { what: 'edit' | 'merge' | 'delete'; item: Item } | null;

const COPY = {
  roles: {
    title: 'Roles',
    sub: 'A person’s primary role decides the supply it counts in; its target and colour show on the Capacity and Snapshots screens.',
    empty: 'Roles are added as you add people or demand.',
  },
  skills: {
    title: 'Skills',
    sub: 'Rename a skill to fix a typo, or merge two that mean the same: people and demand lines follow.',
    empty: 'Skills are added on a person or a demand line.',
  },
  channels: {
    title: 'Channels',
    sub: 'The marketing channels a brief can name. Rename one to fix a typo, or merge two that mean the same: briefs follow.',
    empty: 'Channels are added on a campaign’s brief.',
  },
};
const NOUN = { roles: 'role', skills: 'skill', channels: 'channel' } as const;

/** Roles, skills or marketing channels: rename (and for roles, target and colour), merge into another, delete. */
export function ListSection({ kind }: { kind: 'roles' | 'skills' | 'channels' }) {
  const items: Item[] = useStore((s) => (kind === 'roles' ? s.roles : kind === 'skills' ? s.skills : s.marketingChannels));
  const loadChannels = useStore((s) => s.loadMarketingChannels);
  const usage = useStore((s) => (kind === 'channels' ? undefined : s.listUsage?.[kind]));
  const loadUsage = useStore((s) => s.loadListUsage);
  const [open, setOpen] = useState<Open>(null);
  useEffect(() => {
    void (kind === 'channels' ? loadChannels() : loadUsage());
  }, [kind, loadChannels, loadUsage]);
  const usedBy = (id: number) => {
    const channel = items.find((x) => x.id === id);
    if (channel && 'briefs' in channel) return channel.briefs ? `${channel.briefs} ${channel.briefs === 1 ? 'brief' : 'briefs'}` : 'Not used';
    const u = usage?.find((x) => x.id === id);
    if (!u) return '';
    const parts = [u.people && `${u.people} ${u.people === 1 ? 'person' : 'people'}`, u.demandLines && `${u.demandLines} demand ${u.demandLines === 1 ? 'line' : 'lines'}`].filter(Boolean);
    return parts.length ? parts.join(' · ') : 'Not used';
  };
  const copy = COPY[kind];
  const noun = NOUN[kind];
  const close = () => setOpen(null);

  return (
    <section className="card" aria-labelledby={`${kind}-title`}>
      <div className="card-header">
        <div>
          <h2 id={`${kind}-title`}>{copy.title}</h2>
          <p className="sub">{copy.sub}</p>
        </div>
      </div>
      {items.length === 0 ? (
        <EmptyState icon="people" title={`No ${kind} yet`}>
          {copy.empty}
        </EmptyState>
      ) : (
        <table className="table settings-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Used by</th>
              {kind === 'roles' && <th className="num">Utilisation target</th>}
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              open?.what === 'edit' && open.item.id === item.id ? (
                <tr key={item.id}>
                  <td colSpan={kind === 'roles' ? 4 : 3} className="settings-editing">
                    {kind === 'roles' ? <ListItemForm kind="roles" item={item as Role} onDone={close} /> : <ListItemForm kind={kind} item={item} onDone={close} />}
                  </td>
                </tr>
              ) : (
                <tr key={item.id}>
                  <td className="settings-name">
                    {'colour' in item && <span className="dot dot-lg" style={{ background: item.colour }} aria-hidden="true" />}
                    {item.name}
                  </td>
                  <td className="muted nowrap">{usedBy(item.id)}</td>
                  {'utilisationTarget' in item && <td className="num">{formatPercent(item.utilisationTarget)}</td>}
                  <td className="actions-cell">
                    <span className="row-actions">
                      <Button size="sm" variant="ghost" icon="edit" onClick={() => setOpen({ what: 'edit', item })} aria-label={`Edit ${noun} ${item.name}`}>
                        {kind === 'roles' ? 'Edit' : 'Rename'}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setOpen({ what: 'merge', item })} aria-label={`Merge ${noun} ${item.name}`} disabled={items.length < 2}>
                        Merge…
                      </Button>
                      <Button size="sm" variant="ghost" icon="trash" iconOnly label={`Delete ${noun} ${item.name}`} onClick={() => setOpen({ what: 'delete', item })} />
                    </span>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {open?.what === 'merge' && <MergeDialog kind={kind} from={open.item} options={items} onClose={close} />}
      {open?.what === 'delete' && <DeleteListItemDialog kind={kind} item={open.item} onMerge={() => setOpen({ what: 'merge', item: open.item })} onClose={close} />}
    </section>
  );
}
