// Staffing benchmark: our solvers side by side with the referee (HiGHS) and the greedy baseline.
// One JSON line per instance and mode, then one line for candidate ranking. Not an assertion.
// Ranking runs first on a clean heap; then our solves (peakMB = the process's peak RSS after
// them, before HiGHS is loaded); then greedy and the referee.
// Whole mode has two referee figures: HiGHS on the whole model (time-limited: the time to beat),
// and HiGHS on each independent part (lines sharing no eligible person) in turn, summed: the same
// optimum, proven much sooner, so `vsOptimum` is our distance to the true optimum.
import { rankCandidates, solveGreedy, solveSplit, solveWhole, type RankCandidate, type SolveResult, type StaffingInstance } from '@shared/staffing';
import { generateInstance, rng } from '../../test/shared/staffing/gen';
import { splitComponents } from '@shared/staffing/components';
import { referee } from '../../test/shared/staffing/referee';

const SIZES = [
  { people: 200, lines: 100, weeks: 8, wholeMs: 2000, refLimit: 120 },
  { people: 2000, lines: 1000, weeks: 26, wholeMs: 4000, refLimit: 90 },
  { people: 5000, lines: 2500, weeks: 26, wholeMs: 4500, refLimit: 90 },
];
const only = process.argv[2] ? Number(process.argv[2]) : -1;
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

interface Row { inst: StaffingInstance; size: (typeof SIZES)[number]; mode: 'split' | 'whole'; res: SolveResult; ms: number; peak: number }
const rows: Row[] = [];
let rankLine: string;

// candidate ranking for one line over 5,000 people
{
  const r = rng(7);
  const kinds = ['staff', 'freelancer', 'agency'] as const;
  const cands: RankCandidate[] = Array.from({ length: 5000 }, (_, i) => ({
    personId: i + 1,
    freeHours: Math.round(r() * 80),
    costRate: 30 + Math.round(r() * 90),
    utilisation: r(),
    target: 0.7 + r() * 0.2,
    continuity: r() < 0.1,
    kind: kinds[Math.floor(r() * 3)],
    skillMatch: r() < 0.7 ? 1 : r(),
  }));
  for (let i = 0; i < 20; i++) rankCandidates({ openHours: 40 }, cands); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 51; i++) {
    const t = performance.now();
    rankCandidates({ openHours: 40 }, cands);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  rankLine = JSON.stringify({ bench: 'rank', people: 5000, rankMs: Math.round(times[25] * 100) / 100, rankP90Ms: Math.round(times[45] * 100) / 100, runs: 51 });
}

// warm up the JIT on a small instance (not measured)
{
  const w = generateInstance(99, { people: 200, lines: 100, weeks: 8 });
  solveSplit(w);
  solveWhole(w, { maxMs: 300 });
}

SIZES.forEach((size, i) => {
  if (only >= 0 && only !== i) return;
  const inst = generateInstance(1000 + i, size);
  for (const mode of ['split', 'whole'] as const) {
    const t = performance.now();
    const res = mode === 'split' ? solveSplit(inst) : solveWhole(inst, { maxMs: size.wholeMs });
    const ms = performance.now() - t;
    rows.push({ inst, size, mode, res, ms, peak: peakMB() });
  }
});

for (const row of rows) {
  const { inst, size, mode, res } = row;
  const greedy = solveGreedy(inst, mode);
  const ref = await referee(inst, mode, mode === 'whole' ? { timeLimit: size.refLimit } : {});
  const parts = mode === 'whole' ? await refereeByParts(inst, size.refLimit) : null;
  const out = {
    bench: 'staffing',
    people: size.people,
    lines: size.lines,
    weeks: size.weeks,
    mode,
    ms: Math.round(row.ms),
    objective: r6(res.objective),
    unstaffedHours: r6(res.unstaffedHours),
    refereeMs: Math.round(ref.ms),
    refereeObjective: r6(ref.objective),
    refereeUnstaffedHours: r6(ref.unstaffedHours),
    greedyObjective: r6(greedy.objective),
    greedyUnstaffedHours: r6(greedy.unstaffedHours),
    peakMB: row.peak,
    gap: res.gap,
    bound: r6(res.bound),
    optimal: res.optimal,
    vsReferee: (res.objective - ref.objective) / Math.max(1, Math.abs(ref.objective)),
    refereeStatus: ref.status,
    refereeBound: r6(ref.bound),
    refereeGap: (ref.objective - ref.bound) / Math.max(1, Math.abs(ref.objective)),
    refereeTimeLimitS: mode === 'whole' ? size.refLimit : null,
    refereeTotalMs: Math.round(ref.totalMs),
    greedyMs: Math.round(greedy.stats.ms),
    ...(mode === 'whole' && parts
      ? {
          nodes: res.stats.nodes, lpBound: r6(res.stats.lpBound), parts: parts.count,
          optimum: r6(parts.objective), optimumProven: parts.proven, optimumBound: r6(parts.bound), partsRefereeMs: Math.round(parts.ms),
          vsOptimum: (res.objective - parts.objective) / Math.max(1, Math.abs(parts.objective)),
          lnsTried: res.stats.lnsTried, lnsImproved: res.stats.lnsImproved, lagrangeIterations: res.stats.lagrangeIterations,
        }
      : { pivots: res.stats.pivots, arcs: res.stats.arcs }),
  };
  console.log(JSON.stringify(out));
}

console.log(rankLine);

/** HiGHS on each independent part in turn (each with the time limit), summed. */
async function refereeByParts(inst: StaffingInstance, timeLimit: number) {
  let objective = 0, bound = 0, ms = 0, proven = true;
  const comps = splitComponents(inst);
  for (const comp of comps) {
    const r = await referee(comp.inst, 'whole', { timeLimit });
    objective += r.objective;
    bound += r.bound;
    ms += r.ms;
    if (r.status !== 'optimal') proven = false;
  }
  return { count: comps.length, objective, bound, ms, proven };
}
