import './boot';
import './components/lectern-app';

// The app runs: the page's own "Loading… / still nothing?" text has done its job.
document.getElementById('lectern-boot')?.remove();
