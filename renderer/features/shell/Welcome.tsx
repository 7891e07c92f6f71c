import { Icon } from '../../components/Icon';
import { LogoMark } from '../../components/LogoMark';
import { useStore } from '../../store';

/** First run: a demo studio to explore, or an empty workspace to fill. */
export function Welcome() {
  const onboarding = useStore((s) => s.onboarding);
  const loadDemo = useStore((s) => s.loadDemo);
  const startEmpty = useStore((s) => s.startEmpty);
  const busy = onboarding !== 'idle';
  return (
    <main className="welcome">
      <div className="welcome-card">
        <LogoMark />
        <h1>Welcome to Capacity Planner</h1>
        <p>Plan your staff, freelancers and agencies against campaign demand, all on this computer. How would you like to start?</p>
        <div className="welcome-options">
          <button type="button" className="welcome-option" onClick={() => void loadDemo()} disabled={busy} autoFocus>
            <Icon name="sparkle" size={20} />
            <strong>Open a demo studio</strong>
            <span>A realistic studio with people, campaigns and bookings to explore. You can clear it later.</span>
          </button>
          <button type="button" className="welcome-option" onClick={() => void startEmpty()} disabled={busy}>
            <Icon name="file" size={20} />
            <strong>Start empty</strong>
            <span>Begin with a blank workspace and add your own people and campaigns.</span>
          </button>
        </div>
        {busy && (
          <div className="welcome-progress" role="status">
            <span className="spinner" />
            {onboarding === 'demo' ? 'Building the demo studio — people, campaigns and a year of bookings…' : 'Preparing your workspace…'}
          </div>
        )}
      </div>
    </main>
  );
}
