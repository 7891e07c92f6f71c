import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupList } from '@shared/contract';
import { BackupsDialog } from '../../../renderer/features/backups/BackupsDialog';

const list: BackupList = {
  folder: '/data/backups',
  backups: [
    { file: 'workspace-2026-11-26T10-00-00-000Z-manual.db', takenAt: '2026-11-26T10:00:00.000Z', reason: 'manual', sizeBytes: 2_400_000, schemaVersion: 3, counts: { talent: 12, campaigns: 4, demandLines: 9, bookings: 310 }, status: 'ok' },
    { file: 'workspace-2026-11-25T08-00-00-000Z-start.db', takenAt: '2026-11-25T08:00:00.000Z', reason: 'start', sizeBytes: 900, schemaVersion: 3, counts: null, status: 'damaged', problem: 'the file is empty' },
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
    expect(rows).toHaveLength(3);
    expect(rows[1].textContent).toContain('Backed up by you');
    expect(rows[1].textContent).toContain('310');
    expect(rows[1].textContent).toContain('2.3 MB');
    expect(rows[2].textContent).toContain('On start');
    expect(within(rows[2]).getByRole('button', { name: 'Restore…' })).toHaveProperty('disabled', true); // unreadable
    expect(screen.getByText('/data/backups')).toBeTruthy();
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
