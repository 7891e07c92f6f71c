import { smallStudio, type TestWorkspace } from '../helpers/workspace';

export const WEEK8: [number, number, number, number, number, number, number] = [8, 8, 8, 8, 8, 0, 0];

/**
 * smallStudio (Ada: freelancer designer, Figma 4, GB-ENG; Spring Launch line: Designer + Figma 3+,
 * 120 h in March 2027) plus people who qualify in different ways, or not at all.
 */
export async function staffingStudio(ws: TestWorkspace) {
  const s = await smallStudio(ws);
  const person = (name: string, extra: Record<string, unknown>) =>
    ws.call('talent:create', {
      kind: 'staff',
      name,
      primaryRoleId: s.writer.id,
      costRate: 40,
      billRate: 80,
      holidayCountry: 'GB',
      holidayRegion: 'ENG',
      patterns: [{ effectiveFrom: '2020-01-01', hours: WEEK8 }],
      ...extra,
    } as never);
  const bob = await person('Bob Designer', { primaryRoleId: s.designer.id, costRate: 45 });
  const cara = await person('Cara Skills', { skills: [{ skillId: s.figma.id, level: 3 }], costRate: 35 });
  const dan = await person('Dan Junior', { skills: [{ skillId: s.figma.id, level: 2 }], costRate: 20 });
  const eve = await person('Eve Other', { otherRoleIds: [s.designer.id], costRate: 60 });
  const ag = await person('Pixel Agency', { kind: 'agency', primaryRoleId: s.designer.id, costRate: 90, headcount: 2 });
  await ws.call('patterns:create', { talentId: s.ada.id, effectiveFrom: '2020-01-01', hours: WEEK8 });
  return { ...s, bob, cara, dan, eve, ag };
}
