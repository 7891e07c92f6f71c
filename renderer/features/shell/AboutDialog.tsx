import { useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { LogoMark } from '../../components/LogoMark';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { BackupsDialog } from '../backups/BackupsDialog';

export function AboutDialog() {
  const info = useStore((s) => s.info);
  const close = useStore((s) => s.setAboutOpen);
  const [backups, setBackups] = useState(false);
  if (!info) return null;
  if (backups) return <BackupsDialog onClose={() => setBackups(false)} />;
  const counts: [string, number][] = [
    ['People', info.counts.talent],
    ['Campaigns', info.counts.campaigns],
    ['Demand lines', info.counts.demandLines],
    ['Bookings', info.counts.bookings],
  ];
  return (
    <Dialog
      title="About"
      onClose={() => close(false)}
      footer={
        <>
          <Button onClick={() => setBackups(true)}>Backups…</Button>
          <Button variant="primary" onClick={() => close(false)}>
            Close
          </Button>
        </>
      }
    >
      <div className="about-head">
        <LogoMark className="brand-mark about-mark" />
        <div>
          <h3>{info.name}</h3>
          <div className="muted">Version {info.version}</div>
        </div>
      </div>
      <dl className="about-grid">
        <dt>Workspace file</dt>
        <dd className="path">{info.workspacePath}</dd>
        <dt>Schema version</dt>
        <dd className="num" style={{ textAlign: 'left' }}>
          {info.schemaVersion}
        </dd>
        {counts.map(([label, n]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd className="num" style={{ textAlign: 'left' }}>
              {formatNumber(n, 0)}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
