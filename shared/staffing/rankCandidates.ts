// Ranking the candidates for one demand line, each with a reason in words and numbers.
import type { TalentKind } from '@shared/domain';

export interface RankLine {
  /** Hours still open on the line. */
  openHours: number;
}

export interface RankCandidate {
  personId: number;
  /** Free hours of this person inside the line's window. */
  freeHours: number;
  costRate: number;
  /** Current utilisation and the person's target, both as shares 0..1 (0.62 = 62%). */
  utilisation: number;
  target: number;
  /** Already booked on the same campaign. */
  continuity: boolean;
  kind: TalentKind;
  /** Share of the line's required skills met, 0..1 (1 when the line asks for none). */
  skillMatch: number;
  /** A near match: what the person lacks, in words ("missing After Effects level 3"); ranks below every full match. */
  missing?: string;
}

export interface RankWeights {
  coverage: number;
  cost: number;
  headroom: number;
  continuity: number;
  skills: number;
  kind: number;
}

export const DEFAULT_RANK_WEIGHTS: RankWeights = {
  coverage: 0.4,
  cost: 0.2,
  headroom: 0.15,
  continuity: 0.1,
  skills: 0.1,
  kind: 0.05,
};

export interface RankOptions {
  weights?: Partial<RankWeights>;
  /** Currency symbol for the reason text (default '£'). */
  currencySymbol?: string;
  /** Only return the best n (default: all). */
  limit?: number;
}

export interface RankedCandidate {
  personId: number;
  /** 0..1, higher is better. */
  score: number;
  /** Hours this person could cover: min(free, open). */
  coverHours: number;
  /** coverHours / openHours, 0..1. */
  coverage: number;
  parts: RankWeights;
  reason: string;
}

const KIND_SCORE: Record<TalentKind, number> = { staff: 1, freelancer: 0.5, agency: 0 };
const pct = (x: number) => Math.round(x * 100) + '%';
const num = (x: number) => (Math.round(x * 100) / 100).toString();

export function rankCandidates(line: RankLine, candidates: readonly RankCandidate[], opts: RankOptions = {}): RankedCandidate[] {
  const w = { ...DEFAULT_RANK_WEIGHTS, ...opts.weights };
  const cur = opts.currencySymbol ?? '£';
  const open = Math.max(0, line.openHours);
  const n = candidates.length;
  let minRate = Infinity, maxRate = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = candidates[i].costRate;
    if (r < minRate) minRate = r;
    if (r > maxRate) maxRate = r;
  }
  const span = maxRate - minRate;
  const score = new Float64Array(n);
  const cover = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    const h = Math.max(0, Math.min(c.freeHours, open));
    cover[i] = h;
    const coverage = open > 0 ? h / open : 1;
    const cost = span > 0 ? 1 - (c.costRate - minRate) / span : 1;
    const headroom = c.target > 0 ? Math.max(0, Math.min(1, (c.target - c.utilisation) / c.target)) : 0;
    score[i] =
      w.coverage * coverage +
      w.cost * cost +
      w.headroom * headroom +
      w.continuity * (c.continuity ? 1 : 0) +
      w.skills * Math.max(0, Math.min(1, c.skillMatch)) +
      w.kind * KIND_SCORE[c.kind];
  }
  const rate = new Float64Array(n);
  const pid = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rate[i] = candidates[i].costRate;
    pid[i] = candidates[i].personId;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const near = (i: number) => (candidates[i].missing ? 1 : 0);
  order.sort((a, b) => near(a) - near(b) || score[b] - score[a] || rate[a] - rate[b] || pid[a] - pid[b]);
  const k = Math.min(n, opts.limit ?? n);
  const openText = num(open);
  const out: RankedCandidate[] = new Array(k);
  for (let j = 0; j < k; j++) {
    const i = order[j];
    const c = candidates[i];
    const coverage = open > 0 ? cover[i] / open : 1;
    const parts: RankWeights = {
      coverage,
      cost: span > 0 ? 1 - (c.costRate - minRate) / span : 1,
      headroom: c.target > 0 ? Math.max(0, Math.min(1, (c.target - c.utilisation) / c.target)) : 0,
      continuity: c.continuity ? 1 : 0,
      skills: Math.max(0, Math.min(1, c.skillMatch)),
      kind: KIND_SCORE[c.kind],
    };
    let reason =
      'Covers ' + pct(coverage) + ' (' + num(cover[i]) + ' of ' + openText + ' h) · ' +
      cur + num(c.costRate) + '/h · ' + pct(c.utilisation) + ' of ' + pct(c.target) + ' target';
    if (c.continuity) reason += ' · already on this campaign';
    if (c.missing) reason += ' · ' + c.missing;
    else if (c.skillMatch < 1) reason += ' · skills ' + pct(Math.max(0, c.skillMatch)) + ' met';
    if (c.kind !== 'staff') reason += ' · ' + c.kind;
    out[j] = { personId: c.personId, score: score[i], coverHours: cover[i], coverage, parts, reason };
  }
  return out;
}
