// File paths: every channel that takes one refuses a relative path and a NUL byte with a
// validation error on `path`, and an export that is refused or fails writes nothing.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof smallStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await smallStudio(ws);
});
afterEach(() => ws.close());

const range = { start: '2027-03-01', end: '2027-03-31' };

/** Each channel with a path, as a function of that path; the field the error should name. */
function pathInputs(): [string, (path: string) => unknown, string][] {
  return [
    ['io:template', (path) => ({ entity: 'talent', format: 'csv', path }), 'path'],
    ['io:exportEntity', (path) => ({ entity: 'campaigns', format: 'xlsx', path }), 'path'],
    ['io:exportIcs', (path) => ({ path, talentId: studio.ada.id }), 'path'],
    ['io:exportPlan', (path) => ({ path, format: 'csv', range, filter: {} }), 'path'],
    ['io:importPreview', (path) => ({ source: { path }, entity: 'talent' }), 'source.path'],
    ['io:importCommit', (path) => ({ source: { path }, entity: 'talent' }), 'source.path'],
    ['snapshots:exportHtml', (path) => ({ id: 1, path }), 'path'],
    ['snapshots:exportPdf', (path) => ({ id: 1, path }), 'path'],
  ];
}

describe('paths are absolute, with no NUL byte', () => {
  it('refuses a NUL byte and a relative path on every channel that takes a path, and writes nothing', async () => {
    const cwdBefore = readdirSync(process.cwd()).sort();
    for (const [channel, input, field] of pathInputs()) {
      for (const bad of [join(ws.dir, 'out\u0000.csv'), 'plan.csv', './out/plan.csv', '../plan.csv', '']) {
        const e = await ws.send(channel, input(bad));
        expect(e.ok, `${channel} with ${JSON.stringify(bad)}`).toBe(false);
        if (!e.ok) {
          expect(e.error.code).toBe('invalid_input');
          expect(e.error.field).toBe(field);
          expect(e.error.message).not.toMatch(/Something went wrong/);
        }
      }
    }
    const e = await ws.send('io:exportIcs', { path: join(ws.dir, 'a\u0000b.ics'), talentId: studio.ada.id });
    expect(e).toMatchObject({ ok: false, error: { message: 'Path: The path holds a NUL character, which no file name can have' } });
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
    expect(readdirSync(ws.dir).filter((f) => !f.startsWith('workspace'))).toEqual([]);
  });

  it('a refused or failed export leaves no file, not even a partial one', async () => {
    const missing = join(ws.dir, 'no-such-folder', 'ada.ics');
    const failed = await ws.send('io:exportIcs', { path: missing, talentId: studio.ada.id });
    expect(failed).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } });
    if (!failed.ok) expect(failed.error.message).toBe(`“${missing}” can't be saved: its folder doesn't exist. Nothing was written.`);
    const unknown = await ws.send('io:exportIcs', { path: join(ws.dir, 'nobody.ics'), talentId: 987_654 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const asFolder = await ws.send('io:exportEntity', { entity: 'talent', format: 'csv', path: ws.dir });
    expect(asFolder).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'path' } });
    expect(readdirSync(ws.dir).filter((f) => !f.startsWith('workspace'))).toEqual([]);
    // A good path still writes, and leaves no temporary file beside it.
    await ws.call('io:exportIcs', { path: join(ws.dir, 'ada.ics'), talentId: studio.ada.id });
    await ws.call('io:exportEntity', { entity: 'talent', format: 'xlsx', path: join(ws.dir, 'talent.xlsx') });
    expect(readdirSync(ws.dir).filter((f) => !f.startsWith('workspace')).sort()).toEqual(['ada.ics', 'talent.xlsx']);
    expect(existsSync(join(ws.dir, 'ada.ics.partial'))).toBe(false);
  });
});
