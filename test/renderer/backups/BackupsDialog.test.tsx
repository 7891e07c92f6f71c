import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupList } from '@shared/contract';
import { BackupsDialog } from '../../../renderer/features/backups/BackupsDialog';

const list: BackupList = {
  folder: '/data/backups',
  backups: [
    { file: 'workspace-2026-11-26T10-00-00-000Z-manual.db', takenAt: '2026-11-26T10:00:00.000Z', reason: 'manual', sizeBytes: 2_400_000, schemaVersion: 3, counts: { talent: 12, campaigns: 4, demandLines: 9, bookings: 310 }, status: 'ok' },
    { file: '.workspace-2026-11-25T09-00-00-000Z-import.db.partial', takenAt: '2026-11-25T09:00:00.000Z', reason: 'import', sizeBytes: 900, schemaVersion: 0, counts: null, status: 'damaged', problem: 'it was cut short while being written (the app stopped before it was finished)' },
    { file: 'workspace-2026-11-25T08-00-00-000Z-start.db', takenAt: '2026-11-25T08:00:00.000Z', reason: 'start', sizeBytes: 1_200_000, schemaVersion: 3, counts: { talent: 9, campaigns: 2, demandLines: 3, bookings: 41 }, status: 'unattributed' },
  ],
};

function api(answer: (channel: string, input: unknown) => unknown) {
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: answer(channel, input) }));
  window.api = { invoke, onEvent: () => () => undefined } as never;
  return invoke;
}

afterEach(cleanup);

describe('BackupsDialog', () => {
  it('lists backups with why, counts and size', async () => {
    api(() => list);
    render(<BackupsDialog onClose={() => undefined} />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1].textContent).toContain('Backed up by you');
    expect(rows[1].textContent).toContain('310');
    expect(rows[1].textContent).toContain('2.3 MB');
    expect(screen.getByText('/data/backups')).toBeTruthy();
  });

  it('names a damaged backup as such, with why, and offers Delete instead of Restore', async () => {
    const invoke = api((channel) => (channel === 'backups:delete' ? { ...list, backups: list.backups.filter((b) => b.status !== 'damaged') } : list));
    render(<BackupsDialog onClose={() => undefined} />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    const row = within(table).getAllByRole('row')[2];
    expect(row.textContent).toMatch(/DamagedBefore an import: can’t be restored, it was cut short while being written/);
    expect(within(row).queryByRole('button', { name: 'Restore…' })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/One backup is damaged and can’t be restored/);
    fireEvent.click(within(row).getByRole('button', { name: /^Delete the damaged backup of/ }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('backups:delete', { file: list.backups[1].file }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('marks a backup from the old shared folder, and says so before restoring it', async () => {
    api(() => list);
    render(<BackupsDialog onClose={() => undefined} />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    const row = within(table).getAllByRole('row')[3];
    expect(row.textContent).toMatch(/On start.*it may be another workspace’s/);
    fireEvent.click(within(row).getByRole('button', { name: 'Restore…' }));
    expect(screen.getByText(/it may be another workspace’s: check the counts \(9 people, 41 bookings\)/)).toBeTruthy();
  });

  it('shows why a restore was refused, in the confirmation, and does not reload', async () => {
    const message = 'This backup belongs to another workspace: it was taken of a different workspace file (holding 3 people and 12 bookings).';
    const invoke = vi.fn(async (channel: string) => (channel === 'backups:restore' ? { ok: false, error: { code: 'workspace', message } } : { ok: true, value: list }));
    window.api = { invoke, onEvent: () => () => undefined } as never;
    const reload = vi.fn();
    render(<BackupsDialog onClose={() => undefined} reload={reload} />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    fireEvent.click(within(table).getAllByRole('button', { name: 'Restore…' })[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
  });

  it('backs up now', async () => {
    const invoke = api(() => list);
    render(<BackupsDialog onClose={() => undefined} />);
    await screen.findByRole('table', { name: 'Backups' });
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('backups:create', undefined));
  });

  it('restores only after a confirmation that says the current state is backed up first, then reloads', async () => {
    const invoke = api((channel) => (channel === 'backups:restore' ? { restored: 'x', safetyBackup: 'y' } : list));
    const reload = vi.fn();
    render(<BackupsDialog onClose={() => undefined} reload={reload} />);
    const table = await screen.findByRole('table', { name: 'Backups' });
    fireEvent.click(within(table).getAllByRole('button', { name: 'Restore…' })[0]);
    expect(screen.getByText(/Restoring first backs up the current state/)).toBeTruthy();
    expect(invoke).not.toHaveBeenCalledWith('backups:restore', expect.anything());
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(invoke).toHaveBeenCalledWith('backups:restore', { file: list.backups[0].file });
  });

  it('shows the backups folder', async () => {
    const invoke = api((channel) => (channel === 'backups:reveal' ? { folder: '/data/backups' } : list));
    render(<BackupsDialog onClose={() => undefined} />);
    await screen.findByRole('table', { name: 'Backups' });
    fireEvent.click(screen.getByRole('button', { name: 'Show backups folder' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('backups:reveal', undefined));
  });
});
