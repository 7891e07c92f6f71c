// The demo studio's managed lists: roles, skills, what each role is good at, places, tags and palettes.

export interface RoleSpec {
  name: string;
  target: number;
  colour: string;
  team: readonly string[];
  /** Skills every holder has, then optional ones: [skill, min level, max level]. */
  core: readonly (readonly [string, number, number])[];
  optional: readonly (readonly [string, number, number])[];
  /** Roles a holder may also fill. */
  also: readonly string[];
  /** Share of staff in this role. */
  share: number;
  note: readonly string[];
}

export const ROLES: readonly RoleSpec[] = [
  {
    name: 'Designer', target: 80, colour: '#6366f1', team: ['Brand', 'Digital'], share: 0.22,
    core: [['Figma', 3, 5], ['Typography', 2, 5]],
    optional: [['Brand identity', 2, 5], ['Illustration', 1, 4], ['Retouching', 1, 3], ['Webflow', 1, 3]],
    also: ['Art Director'], note: ['Key visuals', 'Campaign toolkit', 'Social templates', 'Landing page design', 'Print adaptations'],
  },
  {
    name: 'Copywriter', target: 80, colour: '#0ea5e9', team: ['Content'], share: 0.12,
    core: [['Social copy', 3, 5], ['Long-form copy', 2, 5]],
    optional: [['Research', 2, 4], ['Brand identity', 1, 3]],
    also: ['Strategist'], note: ['Messaging & headlines', 'Social copy', 'Web copy', 'Scripts', 'Long-form articles'],
  },
  {
    name: 'Art Director', target: 75, colour: '#a855f7', team: ['Brand'], share: 0.1,
    core: [['Brand identity', 4, 5], ['Typography', 3, 5]],
    optional: [['Figma', 3, 4], ['Illustration', 2, 4], ['Retouching', 2, 4], ['Workshop facilitation', 2, 4]],
    also: ['Designer'], note: ['Creative direction', 'Concept development', 'Shoot art direction', 'Design QA'],
  },
  {
    name: 'Motion Designer', target: 80, colour: '#f97316', team: ['Video'], share: 0.12,
    core: [['After Effects', 3, 5], ['Cinema 4D', 2, 5]],
    optional: [['3D', 2, 4], ['Illustration', 1, 3], ['Premiere Pro', 1, 3]],
    also: ['Video Editor'], note: ['Animated social cutdowns', 'Logo animation', 'Explainer animation', '3D product renders'],
  },
  {
    name: 'Video Editor', target: 85, colour: '#ef4444', team: ['Video'], share: 0.1,
    core: [['Premiere Pro', 3, 5], ['DaVinci Resolve', 2, 5]],
    optional: [['After Effects', 1, 3], ['Retouching', 1, 3]],
    also: ['Motion Designer'], note: ['Hero film edit', 'Cutdowns & versioning', 'Colour grade', 'Interview edits'],
  },
  {
    name: 'Producer', target: 70, colour: '#14b8a6', team: ['Brand', 'Content', 'Digital', 'Video'], share: 0.12,
    core: [['Workshop facilitation', 2, 4], ['Research', 1, 3]],
    optional: [['Social copy', 1, 2], ['Premiere Pro', 1, 2]],
    also: [], note: ['Production & scheduling', 'Shoot production', 'Client management', 'Delivery'],
  },
  {
    name: 'Developer', target: 85, colour: '#22c55e', team: ['Digital'], share: 0.12,
    core: [['React', 3, 5], ['Webflow', 2, 5]],
    optional: [['Figma', 1, 3], ['3D', 1, 2]],
    also: ['Designer'], note: ['Landing page build', 'Microsite build', 'CMS templates', 'Interactive prototype'],
  },
  {
    name: 'Strategist', target: 70, colour: '#eab308', team: ['Brand', 'Content'], share: 0.1,
    core: [['Research', 3, 5], ['Workshop facilitation', 3, 5]],
    optional: [['Long-form copy', 2, 4], ['Brand identity', 2, 4]],
    also: ['Copywriter'], note: ['Discovery workshop', 'Audience research', 'Brand platform', 'Channel strategy'],
  },
];

export const SKILLS = [
  'Figma', 'Brand identity', 'Typography', 'Illustration', 'After Effects', 'Cinema 4D', 'Premiere Pro', 'DaVinci Resolve',
  'Social copy', 'Long-form copy', 'React', 'Webflow', 'Research', 'Workshop facilitation', 'Retouching', '3D',
] as const;

export interface Place {
  country: string;
  region: string;
  currency: string;
  /** Standard daily hours Mon–Fri. */
  day: number;
  /** Rate multiplier from a GBP base. */
  rate: number;
  share: number;
}

export const PLACES: readonly Place[] = [
  { country: 'GB', region: 'ENG', currency: 'GBP', day: 7.5, rate: 1, share: 0.46 },
  { country: 'GB', region: 'SCT', currency: 'GBP', day: 7.5, rate: 0.95, share: 0.1 },
  { country: 'US', region: 'NY', currency: 'USD', day: 8, rate: 1.3, share: 0.14 },
  { country: 'US', region: 'CA', currency: 'USD', day: 8, rate: 1.35, share: 0.1 },
  { country: 'DE', region: 'BE', currency: 'EUR', day: 8, rate: 1.1, share: 0.11 },
  { country: 'DE', region: 'BY', currency: 'EUR', day: 8, rate: 1.15, share: 0.09 },
];

export const SECTOR_TAGS = ['retail', 'b2b', 'fmcg', 'fintech', 'healthcare', 'travel', 'automotive'] as const;

export const STUDIO = { name: 'Brightwater Studio', domain: 'brightwater.studio' };

/** Distinct, tasteful campaign colours (cycled for large workspaces). */
export const CAMPAIGN_COLOURS = [
  '#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#65a30d', '#c026d3', '#0d9488', '#ea580c',
  '#4f46e5', '#be123c', '#15803d', '#a16207', '#0369a1', '#9333ea', '#b45309',
];
