import './components/lectern-app';
