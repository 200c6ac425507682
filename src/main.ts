import './boot';
import './components/lectern-app';
// Dev server only: what `npm run check` finds in the deck, as a badge; the build leaves it out.
if (import.meta.env.DEV) void import('./check/dev-badge');

// The app runs: the page's own "Loading… / still nothing?" text has done its job.
document.getElementById('lectern-boot')?.remove();
