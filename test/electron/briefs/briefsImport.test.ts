// Brief columns in a campaign import: read onto new and existing campaigns; an unknown channel or
// a bad link refuses the file, naming the row and column, and writes nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from '../io/helpers';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function channels() {
  const social = await ws.call('marketingChannels:create', { name: 'Paid social' });
  const crm = await ws.call('marketingChannels:create', { name: 'CRM email' });
  return { social, crm };
}

describe('campaign import with brief columns', () => {
  it('writes the briefs of new and existing campaigns in the one import step, keeping what an empty cell leaves', async () => {
    const { spring } = await smallStudio(ws);
    const { social, crm } = await channels();
    await ws.call('briefs:save', { campaignId: spring.id, objective: 'Kept as it was', requester: 'Old requester' });
    const path = writeTemp(ws, 'campaigns.csv', [
      'Campaign,Start,End,Status,Requested by,Launch date,Channels,Objective,Links',
      'Spring Launch,01/03/2027,30/04/2027,Confirmed,Priya Shah,23/04/2027,"crm email; Paid social",,https://share.example/a https://share.example/b',
      'Loyalty relaunch,15/03/2027,07/05/2027,Pipeline,Tomás Ruiz,,Paid social,"Grow sign-ups & <3 the brand",',
    ].join('\n'));
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.errors).toEqual([]);
    const result = await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'campaigns', fingerprint: preview.fingerprint });
    expect(result).toMatchObject({ created: 1, updated: 1 });

    expect(await ws.call('briefs:get', { campaignId: spring.id })).toMatchObject({
      requester: 'Priya Shah', requestedDate: '2027-04-23', channels: [crm.id, social.id], objective: 'Kept as it was', links: ['https://share.example/a', 'https://share.example/b'],
    });
    const loyalty = (await ws.call('campaigns:list', { text: 'Loyalty' }))[0];
    expect(await ws.call('briefs:get', { campaignId: loyalty.id })).toMatchObject({ requester: 'Tomás Ruiz', requestedDate: null, channels: [social.id], objective: 'Grow sign-ups & <3 the brand' });

    await ws.call('history:undo', {});
    expect((await ws.call('briefs:get', { campaignId: spring.id }))?.requester).toBe('Old requester');
  });

  it('refuses an unknown channel, a link too long and HTML in a brief, naming row and column, and writes nothing', async () => {
    await smallStudio(ws);
    await channels();
    const path = writeTemp(ws, 'campaigns.csv', [
      'Campaign,Start,End,Channels,Links,Objective',
      'Winter Sale,2027-01-04,2027-02-26,Paid social; Carrier pigeon,,',
      `Summer Drinks,2027-05-03,2027-06-25,,https://example.com/${'a'.repeat(2000)},`,
      'Loyalty relaunch,2027-03-15,2027-05-07,,,"<b>Grow</b> sign-ups"',
    ].join('\n'));
    const before = dumpWorkspace(ws.db);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Row 2, column 'Channels': names 'Carrier pigeon', which the studio's list of channels lacks; add it in Settings › Channels first",
      "Row 3, column 'Links': a link is at most 2,000 characters",
      "Row 4, column 'Objective': remove the HTML tags (<b>, </b>); briefs are plain text",
    ]);
    expect((await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'campaigns' })).ok).toBe(false);
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
