import { describe, expect, it } from 'vitest';
import { rankCandidates, type RankCandidate } from '@shared/staffing';

const base: RankCandidate = {
  personId: 1, freeHours: 40, costRate: 45, utilisation: 0.62, target: 0.8, continuity: true, kind: 'staff', skillMatch: 1,
};

describe('rankCandidates', () => {
  it('explains each candidate in words and numbers', () => {
    const [r] = rankCandidates({ openHours: 40 }, [base]);
    expect(r.reason).toBe('Covers 100% (40 of 40 h) · £45/h · 62% of 80% target · already on this campaign');
    expect(r.coverage).toBe(1);
  });

  it('ranks near matches below every full match, whatever their score, saying what they miss', () => {
    const cands: RankCandidate[] = [
      { ...base, personId: 1, freeHours: 40, costRate: 20, skillMatch: 0, missing: 'missing After Effects level 3' },
      { ...base, personId: 2, freeHours: 8, costRate: 90, continuity: false },
      { ...base, personId: 3, freeHours: 40, costRate: 20, missing: 'missing the Motion designer role' },
    ];
    const r = rankCandidates({ openHours: 40 }, cands);
    expect(r.map((c) => c.personId)).toEqual([2, 3, 1]);
    expect(r[2].score).toBeGreaterThan(r[0].score);
    expect(r[2].reason).toBe('Covers 100% (40 of 40 h) · £20/h · 62% of 80% target · already on this campaign · missing After Effects level 3');
    expect(r[1].reason).toContain('· missing the Motion designer role');
    expect(r[0].reason).not.toContain('missing');
  });

  it('prefers coverage, then cost, continuity and headroom', () => {
    const cands: RankCandidate[] = [
      { ...base, personId: 1, freeHours: 10, continuity: false },
      { ...base, personId: 2, freeHours: 40, costRate: 80, continuity: false },
      { ...base, personId: 3, freeHours: 40, costRate: 45, continuity: false },
      { ...base, personId: 4, freeHours: 40, costRate: 45, continuity: true },
      { ...base, personId: 5, freeHours: 40, costRate: 45, continuity: false, kind: 'agency', skillMatch: 0.5 },
    ];
    const r = rankCandidates({ openHours: 40 }, cands);
    // a cheap agency with half the skills still outranks a full-skill person at the top rate
    expect(r.map((c) => c.personId)).toEqual([4, 3, 5, 2, 1]);
    expect(r[2].reason).toContain('skills 50% met');
    expect(r[2].reason).toContain('agency');
    expect(r[4].reason.startsWith('Covers 25% (10 of 40 h)')).toBe(true);
    for (let i = 1; i < r.length; i++) expect(r[i - 1].score).toBeGreaterThanOrEqual(r[i].score);
  });

  it('handles 5,000 people and a limit', () => {
    const cands = Array.from({ length: 5000 }, (_, i) => ({ ...base, personId: i, freeHours: i % 50, costRate: 30 + (i % 70) }));
    const all = rankCandidates({ openHours: 40 }, cands);
    expect(all).toHaveLength(5000);
    const top = rankCandidates({ openHours: 40 }, cands, { limit: 10 });
    expect(top.map((c) => c.personId)).toEqual(all.slice(0, 10).map((c) => c.personId));
  });
});
