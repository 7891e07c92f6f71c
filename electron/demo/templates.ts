// The demo studio's campaign templates, and three campaigns made from them (one under way, with
// handoffs done on time, late and past the SLA).

import type { TemplateFields } from '@shared/contract';
import type { IsoDate } from '@shared/domain';
import { addDaysIso, dayFromIso, isoFromDay } from '@shared/dates';
import { studioCalendar } from '@shared/phases';
import type { Db } from '../db/open';
import { listClosures } from '../db/repos/closures';
import { listCampaignPhases, setHandoffDone } from '../db/repos/phases';
import { findRoleByName } from '../db/repos/roles';
import { findSkillByName } from '../db/repos/skills';
import { getTemplate, insertTemplate } from '../db/repos/templates';
import { writeCampaignFromTemplate } from '../handlers/fromTemplate';

type Hours = [role: string, hours: number, maxPeople?: number, skill?: [string, number]];
interface PhaseSpec {
  name: string;
  days: number;
  after?: string[];
  roles: Hours[];
  handoff?: [role: string, slaDays: number];
}

const TEMPLATES: { name: string; description: string; phases: PhaseSpec[] }[] = [
  {
    name: 'Social launch', description: 'Paid and organic social for a product launch: statics, copy and motion cutdowns.',
    phases: [
      { name: 'Brief', days: 2, roles: [['Strategist', 6], ['Producer', 4]], handoff: ['Art Director', 1] },
      { name: 'Concept', days: 4, after: ['Brief'], roles: [['Art Director', 16], ['Copywriter', 12]], handoff: ['Producer', 2] },
      { name: 'Design', days: 6, after: ['Concept'], roles: [['Designer', 60, 2, ['Figma', 3]]] },
      { name: 'Copy', days: 3, after: ['Concept'], roles: [['Copywriter', 18]] },
      { name: 'Motion cutdowns', days: 4, after: ['Design'], roles: [['Motion Designer', 28, 1, ['After Effects', 3]]], handoff: ['Producer', 1] },
      { name: 'Review and delivery', days: 2, after: ['Motion cutdowns', 'Copy'], roles: [['Producer', 8], ['Art Director', 4]] },
    ],
  },
  {
    name: 'TV spot', description: 'A 30-second spot from script to broadcast masters, with cutdowns.',
    phases: [
      { name: 'Brief and strategy', days: 3, roles: [['Strategist', 16], ['Producer', 8]], handoff: ['Art Director', 2] },
      { name: 'Script and storyboard', days: 8, after: ['Brief and strategy'], roles: [['Copywriter', 40], ['Art Director', 30]], handoff: ['Producer', 3] },
      { name: 'Pre-production', days: 10, after: ['Script and storyboard'], roles: [['Producer', 60]] },
      { name: 'Shoot', days: 3, after: ['Pre-production'], roles: [['Producer', 24], ['Art Director', 24]], handoff: ['Video Editor', 1] },
      { name: 'Offline edit', days: 10, after: ['Shoot'], roles: [['Video Editor', 70, 2, ['Premiere Pro', 3]]], handoff: ['Art Director', 2] },
      { name: 'Grade, sound and online', days: 5, after: ['Offline edit'], roles: [['Video Editor', 30], ['Motion Designer', 20]] },
      { name: 'Delivery', days: 2, after: ['Grade, sound and online'], roles: [['Producer', 8]] },
    ],
  },
  {
    name: 'Product video', description: 'A 3D product film for the web and retail screens.',
    phases: [
      { name: 'Brief', days: 2, roles: [['Producer', 6]] },
      { name: 'Script', days: 4, after: ['Brief'], roles: [['Copywriter', 20]], handoff: ['Motion Designer', 1] },
      { name: '3D and animation', days: 10, after: ['Script'], roles: [['Motion Designer', 80, 2, ['Cinema 4D', 3]]], handoff: ['Video Editor', 1] },
      { name: 'Edit and sound', days: 5, after: ['3D and animation'], roles: [['Video Editor', 30]] },
      { name: 'Review', days: 2, after: ['Edit and sound'], roles: [['Art Director', 6], ['Producer', 4]] },
    ],
  },
  {
    name: 'Retail POS refresh', description: 'Point-of-sale for a seasonal range: key visual, adaptations and print handover.',
    phases: [
      { name: 'Brief', days: 2, roles: [['Producer', 6], ['Strategist', 4]] },
      { name: 'Key visual', days: 5, after: ['Brief'], roles: [['Art Director', 20], ['Designer', 24]], handoff: ['Designer', 1] },
      { name: 'Adaptations', days: 8, after: ['Key visual'], roles: [['Designer', 80, 3, ['Retouching', 2]]] },
      { name: 'Copy and legal', days: 4, after: ['Key visual'], roles: [['Copywriter', 16]], handoff: ['Producer', 2] },
      { name: 'Artwork and print handover', days: 3, after: ['Adaptations', 'Copy and legal'], roles: [['Designer', 18], ['Producer', 8]], handoff: ['Producer', 1] },
    ],
  },
  {
    name: 'Always-on content month', description: 'A month of weekly social content, planned up front and reported at the end.',
    phases: [
      { name: 'Planning', days: 3, roles: [['Strategist', 12], ['Producer', 6]], handoff: ['Copywriter', 1] },
      ...[1, 2, 3, 4].map((w) => ({ name: `Week ${w} content`, days: 5, after: [w === 1 ? 'Planning' : `Week ${w - 1} content`], roles: [['Copywriter', 15], ['Designer', 20]] as Hours[] })),
      { name: 'Reporting', days: 2, after: ['Week 4 content'], roles: [['Strategist', 8]] },
    ],
  },
];

function fieldsOf(db: Db, t: (typeof TEMPLATES)[number]): TemplateFields {
  const role = (name: string) => findRoleByName(db, name)!.id;
  return {
    name: t.name,
    description: t.description,
    phases: t.phases.map((p) => ({
      name: p.name,
      durationDays: p.days,
      dependsOn: (p.after ?? []).map((a) => t.phases.findIndex((x) => x.name === a)),
      roles: p.roles.map(([r, hours, maxPeople, skill]) => ({
        roleId: role(r), hours, maxPeople: maxPeople ?? null,
        skills: skill ? [{ skillId: findSkillByName(db, skill[0])!.id, minLevel: skill[1] }] : [],
      })),
      handoffRoleId: p.handoff ? role(p.handoff[0]) : null,
      handoffTalentId: null,
      handoffSlaDays: p.handoff ? p.handoff[1] : null,
    })),
  };
}

/** Writes the five templates and three campaigns from them, dated from `today` (call inside the demo's transaction). */
export function writeDemoTemplates(db: Db, today: IsoDate): void {
  const ids = TEMPLATES.map((t) => insertTemplate(db, fieldsOf(db, t)));
  const template = (i: number) => getTemplate(db, ids[i])!;
  const base = { client: '', currency: 'GBP', owner: '', status: 'pipeline' as const, probability: 60, priority: 3 as const };
  writeCampaignFromTemplate(db, template(0), 'start', addDaysIso(today, 14), { ...base, name: 'Aurora headphones social launch', client: 'Northwind Audio', colour: '#0891b2' });
  writeCampaignFromTemplate(db, template(3), 'launch', addDaysIso(today, 90), { ...base, name: 'Spring range POS refresh', client: 'Kestrel Home', probability: 40, priority: 4, colour: '#65a30d' });
  const tv = writeCampaignFromTemplate(db, template(1), 'start', addDaysIso(today, -18), {
    ...base, name: 'Harbour Bank winter TV spot', client: 'Harbour Bank', status: 'confirmed', probability: 100, priority: 2, colour: '#4f46e5',
  });
  // The spot is under way: its brief went over on the day, the script two working days late (within its SLA of three).
  const cal = studioCalendar(listClosures(db));
  const [brief, script] = listCampaignPhases(db, { campaignIds: [tv] });
  if (brief.handoffPlanned && brief.handoffPlanned < today) setHandoffDone(db, brief.id, brief.handoffPlanned);
  const late = script.handoffPlanned && isoFromDay(cal.add(cal.onOrAfter(dayFromIso(script.handoffPlanned)), 2));
  if (late && late < today) setHandoffDone(db, script.id, late);
}
