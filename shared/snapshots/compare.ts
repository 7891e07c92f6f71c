import type {
  PersonLoadChange, RoleWeekChange, Snapshot, SnapshotComparison, SnapshotRoleSeries, SnapshotSummary,
} from '@shared/contract';
import { campaignChanges } from './campaignChanges';
import { noRoleAhead, shortfallAhead } from './headline';

const round = (v: number) => Math.round(v * 1000) / 1000;
const utilisationOf = (booked: number, supply: number) => (supply > 0 ? booked / supply : null);
const summaryOf = ({ figures: _figures, ...summary }: Snapshot): SnapshotSummary => summary;

function cell(role: SnapshotRoleSeries | undefined, w: number | undefined) {
  if (!role || w === undefined) return null;
  return { demand: role.demand[w], supply: role.supply[w], shortfall: role.shortfall[w], utilisation: utilisationOf(role.booked[w], role.supply[w]) };
}

/** What changed from `base` to `current`: per role and week, campaigns, and people's load. */
export function compareSnapshots(base: Snapshot, current: Snapshot, peopleLimit = 25): SnapshotComparison {
  const a = base.figures;
  const b = current.figures;
  const weekIndexA = new Map(a.weeks.map((w, i) => [w, i]));
  const weekIndexB = new Map(b.weeks.map((w, i) => [w, i]));
  const weeks = b.weeks.filter((w) => weekIndexA.has(w));
  const rolesA = new Map(a.roles.map((r) => [r.roleId, r]));
  const rolesB = new Map(b.roles.map((r) => [r.roleId, r]));
  const roleIds = [...new Set([...b.roles.map((r) => r.roleId), ...a.roles.map((r) => r.roleId)])];

  const roleWeeks: RoleWeekChange[] = [];
  for (const roleId of roleIds) {
    const ra = rolesA.get(roleId);
    const rb = rolesB.get(roleId);
    for (const week of weeks) {
      const before = cell(ra, weekIndexA.get(week));
      const after = cell(rb, weekIndexB.get(week));
      const diff = (k: 'demand' | 'supply' | 'shortfall') => round((after?.[k] ?? 0) - (before?.[k] ?? 0));
      const ub = before?.utilisation ?? null;
      const ua = after?.utilisation ?? null;
      roleWeeks.push({
        roleId, roleName: (rb ?? ra)!.roleName, weekStart: week, before, after,
        demand: diff('demand'), supply: diff('supply'), shortfall: diff('shortfall'), utilisation: ua !== null && ub !== null ? ua - ub : null,
      });
    }
  }

  const weekTotals = weeks.map((weekStart) => {
    const rows = roleWeeks.filter((r) => r.weekStart === weekStart);
    // Shortfall adds up only roles short of people: one role's spare hours can't cover another's,
    // and demand with no role yet is no role's shortfall.
    const sum = (side: 'before' | 'after', k: 'demand' | 'supply' | 'shortfall') =>
      round(rows.reduce((s, r) => s + (k === 'shortfall' ? (r.roleId < 0 ? 0 : Math.max(0, r[side]?.[k] ?? 0)) : (r[side]?.[k] ?? 0)), 0));
    return {
      weekStart, demandBefore: sum('before', 'demand'), demandAfter: sum('after', 'demand'), supplyBefore: sum('before', 'supply'),
      supplyAfter: sum('after', 'supply'), shortfallBefore: sum('before', 'shortfall'), shortfallAfter: sum('after', 'shortfall'),
    };
  });

  const campaigns = campaignChanges(a.campaigns, b.campaigns);

  const load = (person: Snapshot['figures']['people'][number] | undefined, index: Map<string, number>) => {
    let booked = 0;
    let capacity = 0;
    if (person) {
      for (const week of weeks) {
        const w = index.get(week)!;
        booked += person.booked[w];
        capacity += person.capacity[w];
      }
    }
    return { booked, utilisation: utilisationOf(booked, capacity) };
  };
  const peopleA = new Map(a.people.map((p) => [p.talentId, p]));
  const peopleB = new Map(b.people.map((p) => [p.talentId, p]));
  const everyone = new Set([...peopleA.keys(), ...peopleB.keys()]);
  const people: PersonLoadChange[] = [];
  for (const talentId of everyone) {
    const pa = peopleA.get(talentId);
    const pb = peopleB.get(talentId);
    const before = load(pa, weekIndexA);
    const after = load(pb, weekIndexB);
    const delta = round(after.booked - before.booked);
    if (delta === 0) continue;
    const who = (pb ?? pa)!;
    people.push({
      talentId, name: who.name, roleId: who.roleId, bookedBefore: round(before.booked), bookedAfter: round(after.booked), delta,
      utilisationBefore: before.utilisation, utilisationAfter: after.utilisation,
    });
  }
  people.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.name.localeCompare(y.name));

  const ha = base.headline;
  const hb = current.headline;
  // The shortfall ahead is counted from the newer snapshot's today in both, so the windows match.
  const today = current.settings.today;
  return {
    base: summaryOf(base), current: summaryOf(current), weeks, roleWeeks, weekTotals, campaigns, people: people.slice(0, peopleLimit),
    headline: {
      utilisation: hb.utilisation !== null && ha.utilisation !== null ? hb.utilisation - ha.utilisation : null,
      shortfall4: round(shortfallAhead(b, today, 4) - shortfallAhead(a, today, 4)),
      shortfall12: round(shortfallAhead(b, today, 12) - shortfallAhead(a, today, 12)),
      noRole12: round(noRoleAhead(b, today, 12) - noRoleAhead(a, today, 12)),
      overAllocatedPeople: new Set(b.overAllocations.map((r) => r.talentId)).size - new Set(a.overAllocations.map((r) => r.talentId)).size,
    },
  };
}
