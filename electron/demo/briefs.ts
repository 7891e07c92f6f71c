import type { Kpi } from '@shared/contract';
import { addDaysIso } from '@shared/dates';
import type { Campaign } from '@shared/domain';

/** A brief as the generator makes it: its campaign's local id, and channel names. */
export interface DemoBrief {
  campaignId: number;
  objective: string;
  audience: string;
  channels: string[];
  kpis: Kpi[];
  requestedDate: string | null;
  requester: string;
  links: string[];
  history: string;
}

export const DEMO_CHANNELS = ['Paid social', 'Organic social', 'Out of home', 'TV', 'Online video', 'CRM email', 'In-store', 'Search', 'Podcast', 'PR'];

const REQUESTERS = ['Priya Shah, Brand', 'Tomás Ruiz, Growth', 'Hannah Becker, Marketing ops', 'Kwame Mensah, Trade marketing', 'Elin Sørensen, CRM', 'Marc Dubois, Communications'];

const BRIEFS: Omit<DemoBrief, 'campaignId' | 'requestedDate' | 'requester' | 'links'>[] = [
  {
    objective: 'Launch the new range and win trial among people who already buy the premium tier.',
    audience: 'Urban 25–40s, premium buyers, heavy mobile users.',
    channels: ['Paid social', 'Online video', 'Out of home'],
    kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }, { name: 'Trial uplift', target: 12, unit: '%' }, { name: 'Cost per click', target: 0.45, unit: 'GBP' }],
    history: 'The 2025 launch reached 1.9 M; video outperformed static by 30 % on completion. OOH drove little measurable traffic.',
  },
  {
    objective: 'Grow sign-ups to the loyalty programme before the peak season.',
    audience: 'Existing customers who bought once in the last 12 months and have not joined.',
    channels: ['CRM email', 'Organic social', 'In-store'],
    kpis: [{ name: 'New members', target: 40_000, unit: 'members' }, { name: 'Email open rate', target: 32, unit: '%' }],
    history: 'Last year’s drive added 28,000 members; in-store QR codes brought a third of them.',
  },
  {
    objective: 'Refresh how the brand looks and sounds across every touchpoint, without losing recognition.',
    audience: 'Current customers first, then prospects who know the name but not the offer.',
    channels: ['Organic social', 'PR', 'Search'],
    kpis: [{ name: 'Prompted awareness', target: 64, unit: '%' }, { name: 'Brand search volume', target: 15, unit: '% up' }],
    history: 'No refresh since 2019. The tracker shows awareness flat at 58 % for three years.',
  },
  {
    objective: 'Sell through seasonal stock with a short, loud burst.',
    audience: 'Deal seekers, 18–54, who follow the brand or bought in a sale before.',
    channels: ['Paid social', 'Search', 'CRM email', 'TV'],
    kpis: [{ name: 'Revenue', target: 1_200_000, unit: 'GBP' }, { name: 'Return on ad spend', target: 4.5, unit: '×' }],
    history: 'Black Friday 2025: ROAS 3.8×, search carried 45 % of revenue; TV lifted branded search by a fifth.',
  },
  {
    objective: 'Explain the product in under a minute so that sales calls start from “how”, not “what”.',
    audience: 'Operations managers at mid-size firms; their finance approvers.',
    channels: ['Online video', 'Search', 'Podcast'],
    kpis: [{ name: 'Video completion', target: 55, unit: '%' }, { name: 'Demo requests', target: 900, unit: 'a quarter' }],
    history: 'The 2024 explainer averaged 38 % completion at 2:10; the 45-second cut reached 61 %.',
  },
  {
    objective: 'Tell the year’s story plainly, so investors, staff and press come away with the same three messages.',
    audience: 'Investors and analysts first; staff and trade press second.',
    channels: ['PR', 'Organic social', 'CRM email'],
    kpis: [{ name: 'Report downloads', target: 5000, unit: 'downloads' }, { name: 'Press pickups', target: 25, unit: 'articles' }],
    history: 'Last year’s report was read for 4 minutes on average; the one-page summary was shared twice as often as the PDF.',
  },
  {
    objective: 'Bring people through the door in the first four weeks, and make the event remembered.',
    audience: 'People living or working within 5 km; existing members and customers invited first.',
    channels: ['Out of home', 'Paid social', 'In-store', 'PR'],
    kpis: [{ name: 'Visits, first four weeks', target: 18_000, unit: 'visits' }, { name: 'Sign-ups at the event', target: 1200, unit: 'people' }],
    history: 'The 2025 opening drew 14,500 visits in four weeks; local OOH and a launch-day event did most of it.',
  },
];

/** Which brief fits a campaign, from the words of its name (the demo's themes). */
const FITS: [RegExp, number][] = [
  [/launch|collection|product|app store/i, 0], [/loyalty|membership|onboarding/i, 1], [/refresh|redesign|identity|packaging|always-on/i, 2],
  [/sale|black friday|gifting|back to school/i, 3], [/explainer|film|podcast|stories|videos/i, 4], [/report|investor|anniversary/i, 5],
  [/store|trade show|event/i, 6],
];

/**
 * Briefs for the demo's client campaigns (the internal one has none, and every fourth pitch is
 * still waiting for its brief), cycling through realistic ones. Launch is asked for around the
 * campaign's end: some on it, some before (a squeeze), none at all on a few.
 */
export function generateBriefs(campaigns: Campaign[]): DemoBrief[] {
  const briefs: DemoBrief[] = [];
  let pitches = 0;
  campaigns.forEach((c, i) => {
    if (i === 0 || c.status === 'cancelled') return;
    if (c.status === 'pipeline' && pitches++ % 4 === 3) return;
    const template = BRIEFS[FITS.find(([words]) => words.test(c.name))?.[1] ?? i % BRIEFS.length];
    const shift = [0, -5, -12, 3, 0, -7][i % 6];
    briefs.push({
      ...template,
      campaignId: c.id,
      requestedDate: i % 7 === 5 ? null : addDaysIso(c.end, shift),
      requester: REQUESTERS[i % REQUESTERS.length],
      links: [`https://share.${c.client.toLowerCase().replace(/[^a-z]+/g, '')}.example/briefs/${c.externalId ?? c.id}`, ...(i % 2 ? ['https://drive.example/d/1aXq-brand-guidelines-v7?usp=sharing'] : [])],
    });
  });
  return briefs;
}
