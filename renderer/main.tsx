import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useStore } from './store';
import { routeChanges } from './store/events';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/campaigns.css';
import './styles/settings.css';
import './styles/focus.css';

// Every change main announces reaches the store's REACTIONS, from the first moment.
routeChanges(useStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
