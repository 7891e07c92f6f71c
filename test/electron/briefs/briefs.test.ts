import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcingWorkspace, dumpWorkspace, smallStudio, type AnnouncingWorkspace } from '../helpers/workspace';

let ws: AnnouncingWorkspace;
beforeEach(() => {
  ws = announcingWorkspace();
});
afterEach(() => ws.close());

/** A studio with channels and three pitches of mixed priority and requested dates, plus a confirmed job. */
async function studio() {
  const base = await smallStudio(ws);
  const social = await ws.call('marketingChannels:create', { name: 'Paid social' });
  const ooh = await ws.call('marketingChannels:create', { name: 'Out of home' });
  const crm = await ws.call('marketingChannels:create', { name: 'CRM email' });
  const pitch = (name: string, priority: 1 | 2 | 3 | 4 | 5) =>
    ws.call('campaigns:create', { name, client: 'Contoso', status: 'pipeline', probability: 40, priority, start: '2027-01-11', end: '2027-03-26' });
  const summer = await pitch('Summer Drinks', 3);
  const winter = await pitch('Winter Sale', 1);
  const loyalty = await pitch('Loyalty relaunch', 2);
  const noBrief = await pitch('Agency pitch, no brief yet', 1);
  await ws.call('demandLines:create', { campaignId: summer.id, roleId: base.designer.id, hours: 37.5, start: '2027-01-11', end: '2027-02-05' });
  await ws.call('demandLines:create', { campaignId: summer.id, roleId: base.writer.id, hours: 12.25, start: '2027-01-18', end: '2027-01-29' });
  return { ...base, social, ooh, crm, summer, winter, loyalty, noBrief };
}

const brief = (campaignId: number, extra: Record<string, unknown> = {}) => ({
  campaignId,
  objective: 'Grow trial of the new range among 25–34s by 15 % before the summer',
  audience: 'Urban 25–34, already buying premium soft drinks',
  kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }, { name: 'Cost per click', target: 0.42, unit: 'EUR' }],
  requestedDate: '2027-03-15',
  requester: 'Priya Shah (Brand, Contoso)',
  links: ['https://contoso.example/briefs/summer-2027?ref=intake&lang=en'],
  history: 'Summer 2026: 1.9 M reach, CPC € 0.51 — social outperformed OOH.',
  ...extra,
});

describe('briefs through the handler table', () => {
  it('saves a brief whole, reads it back, and makes one undo step that is announced', async () => {
    const s = await studio();
    ws.events.length = 0;
    const saved = await ws.call('briefs:save', brief(s.summer.id, { channels: [s.ooh.id, s.social.id] }));
    expect(saved).toMatchObject({ campaignId: s.summer.id, channels: [s.ooh.id, s.social.id], requestedDate: '2027-03-15', updatedAt: '2026-11-26T10:00:00.000Z' });
    expect(saved.kpis[1]).toEqual({ name: 'Cost per click', target: 0.42, unit: 'EUR' });
    expect(await ws.call('briefs:get', { campaignId: s.summer.id })).toEqual(saved);
    expect(ws.changes()).toEqual([expect.objectContaining({ areas: ['campaigns'], campaigns: [s.summer.id], source: 'window' })]);
    expect((await ws.call('history:state')).undo).toBe('Add the brief of Summer Drinks');

    await ws.call('briefs:save', brief(s.summer.id, { channels: [s.social.id], kpis: [] }));
    expect((await ws.call('history:state')).undo).toBe('Edit the brief of Summer Drinks');
    await ws.call('history:undo', {});
    expect((await ws.call('briefs:get', { campaignId: s.summer.id }))?.channels).toEqual([s.ooh.id, s.social.id]);
    await ws.call('history:undo', {});
    expect(await ws.call('briefs:get', { campaignId: s.summer.id })).toBeNull();
  });

  it('keeps plain text character for character (ampersands, angle brackets that are not tags, a javascript: link as text)', async () => {
    const s = await studio();
    const text = 'Grow trial & reach: CPA < 5 € and ROAS > 3, <3 from the brand team';
    const saved = await ws.call('briefs:save', brief(s.summer.id, { objective: text, links: ['javascript:alert(1)'] }));
    expect(saved.objective).toBe(text);
    expect(saved.links).toEqual(['javascript:alert(1)']);
  });

  it('refuses a brief with HTML in it, naming the field and the tags, and writes nothing', async () => {
    const s = await studio();
    const before = dumpWorkspace(ws.db);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ objective: '<b>Grow</b> sign-ups' }, 'objective', /^Objective: Remove the HTML tags \(<b>, <\/b>\); briefs are plain text$/],
      [{ audience: 'Urban <script>alert(1)</script> 25–40s' }, 'audience', /^Audience: Remove the HTML tags \(<script>, <\/script>\)/],
      [{ history: 'Spring: <img src=x onerror=alert(1)> 1.9 M reach' }, 'history', /^History: Remove the HTML tags \(<img src=x onerror=aler…\)/],
      [{ requester: '<i>Priya</i>' }, 'requester', /^Requester: Remove the HTML tags/],
      [{ kpis: [{ name: 'Reach <br>', target: 1, unit: '' }] }, 'kpis.0.name', /^Name: Remove the HTML tags \(<br>\)/],
      [{ kpis: [{ name: 'Reach', target: 1, unit: '<sup>2</sup>' }] }, 'kpis.0.unit', /^Unit: Remove the HTML tags/],
    ];
    for (const [extra, field, message] of cases) {
      const envelope = await ws.send('briefs:save', brief(s.summer.id, extra));
      expect(envelope.ok, field).toBe(false);
      if (envelope.ok) continue;
      expect(envelope.error.field).toBe(field);
      expect(envelope.error.message).toMatch(message);
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const s = await studio();
    await ws.call('briefs:save', brief(s.winter.id, { channels: [s.crm.id] }));
    const before = dumpWorkspace(ws.db);
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ name: `KPI ${i + 1}`, target: i, unit: '%' }));
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ kpis: tooMany }, 'kpis', /^KPIs: At most 20 KPIs$/],
      [{ links: ['https://example.com/' + 'a'.repeat(2000)] }, 'links.0', /^Links: A link is at most 2,000 characters$/],
      [{ links: ['https://ok.example', 'two words'] }, 'links.1', /no spaces/],
      [{ channels: [s.social.id, 999] }, 'channels.1', /^Channels: one of them is no longer in the studio’s list/],
      [{ channels: [s.social.id, s.social.id] }, 'channels.1', /listed twice/],
      [{ kpis: [{ name: '', target: 1, unit: '' }] }, 'kpis.0.name', /^Name: Required$/],
      [{ kpis: [{ name: 'Reach', target: Number.NaN, unit: '' }] }, 'kpis.0.target', /^Target:/],
      [{ objective: 'x'.repeat(4001) }, 'objective', /^Objective: At most 4,000 characters$/],
      [{ requestedDate: '2027-02-30' }, 'requestedDate', /^Requested date: Enter a real date/],
      [{ campaignId: 4242 }, 'campaignId', /no longer exists/],
    ];
    for (const [extra, field, message] of cases) {
      const envelope = await ws.send('briefs:save', brief(s.winter.id, extra));
      expect(envelope.ok, field).toBe(false);
      if (envelope.ok) continue;
      expect(envelope.error.field, JSON.stringify(extra).slice(0, 60)).toBe(field);
      expect(envelope.error.message).toMatch(message);
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('lists the pitches for intake: soonest requested date first, then priority, with requester, channels and demand hours', async () => {
    const s = await studio();
    await ws.call('briefs:save', brief(s.summer.id, { requestedDate: '2027-03-15', requester: 'Priya', channels: [s.social.id, s.ooh.id] }));
    await ws.call('briefs:save', brief(s.winter.id, { requestedDate: '2027-03-15', requester: 'Tomás', channels: [s.crm.id] }));
    await ws.call('briefs:save', brief(s.loyalty.id, { requestedDate: '2027-02-01', requester: 'Jo', channels: [] }));
    await ws.call('briefs:save', brief(s.spring.id, { requestedDate: '2027-01-01' })); // confirmed: not intake
    const rows = await ws.call('briefs:intake');
    expect(rows.map((r) => r.name)).toEqual(['Loyalty relaunch', 'Winter Sale', 'Summer Drinks', 'Agency pitch, no brief yet']);
    expect(rows[2]).toMatchObject({ requester: 'Priya', requestedDate: '2027-03-15', channels: ['Paid social', 'Out of home'], demandHours: 49.75, priority: 3, hasBrief: true });
    expect(rows[3]).toMatchObject({ requester: '', requestedDate: null, channels: [], demandHours: 0, hasBrief: false });
  });

  it('renames, merges and deletes channels, the briefs following, each one undo step', async () => {
    const s = await studio();
    await ws.call('briefs:save', brief(s.summer.id, { channels: [s.social.id, s.ooh.id] }));
    await ws.call('briefs:save', brief(s.winter.id, { channels: [s.crm.id, s.social.id] }));
    expect((await ws.call('marketingChannels:list')).map((c) => [c.name, c.briefs])).toEqual([['CRM email', 1], ['Out of home', 1], ['Paid social', 2]]);
    expect((await ws.send('marketingChannels:create', { name: 'paid SOCIAL' })).ok).toBe(false);

    await ws.call('marketingChannels:update', { id: s.ooh.id, name: 'OOH' });
    expect((await ws.call('briefs:intake')).find((r) => r.name === 'Summer Drinks')?.channels).toEqual(['Paid social', 'OOH']);

    await ws.call('marketingChannels:merge', { fromId: s.crm.id, intoId: s.social.id });
    expect((await ws.call('briefs:get', { campaignId: s.winter.id }))?.channels).toEqual([s.social.id]);
    expect((await ws.call('marketingChannels:deleteImpact', { id: s.social.id })).message).toBe('Deleting “Paid social” takes it off 2 briefs.');
    await ws.call('marketingChannels:delete', { id: s.social.id });
    expect((await ws.call('briefs:get', { campaignId: s.summer.id }))?.channels).toEqual([s.ooh.id]);

    await ws.call('history:undo', {});
    await ws.call('history:undo', {});
    expect((await ws.call('briefs:get', { campaignId: s.winter.id }))?.channels).toEqual([s.crm.id, s.social.id]);
  });

  it('goes with its campaign when the campaign is deleted, and comes back with undo', async () => {
    const s = await studio();
    await ws.call('briefs:save', brief(s.summer.id, { channels: [s.social.id] }));
    await ws.call('campaigns:delete', { id: s.summer.id });
    expect(ws.db.prepare('SELECT count(*) AS n FROM briefs').get()).toEqual({ n: 0 });
    expect((await ws.call('marketingChannels:list')).find((c) => c.id === s.social.id)?.briefs).toBe(0);
    await ws.call('history:undo', {});
    expect((await ws.call('briefs:get', { campaignId: s.summer.id }))?.channels).toEqual([s.social.id]);
  });
});

describe('the demo studio’s briefs', () => {
  it('come with channels, a requester and KPIs on client campaigns; a pitch still waits for its brief', async () => {
    await ws.call('workspace:loadDemo', {});
    const campaigns = await ws.call('campaigns:list', {});
    const channels = await ws.call('marketingChannels:list');
    expect(channels.length).toBe(10);
    const briefs = await Promise.all(campaigns.map((c) => ws.call('briefs:get', { campaignId: c.id })));
    const written = briefs.filter((b) => b !== null);
    expect(written.length).toBeGreaterThan(campaigns.length / 2);
    for (const b of written) {
      expect(b.requester).not.toBe('');
      expect(b.kpis.length).toBeGreaterThan(0);
      expect(b.channels.every((id) => channels.some((c) => c.id === id))).toBe(true);
      const campaign = campaigns.find((c) => c.id === b.campaignId)!;
      expect(campaign.status).not.toBe('cancelled');
    }
    const intake = await ws.call('briefs:intake');
    expect(intake.length).toBe(campaigns.filter((c) => c.status === 'pipeline').length);
    expect(intake.some((r) => !r.hasBrief)).toBe(true);
    expect(channels.reduce((n, c) => n + c.briefs, 0)).toBe(written.reduce((n, b) => n + b.channels.length, 0));
  });
});
