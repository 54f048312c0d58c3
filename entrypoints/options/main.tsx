import { render } from 'preact';
import '../../lib/ui/theme.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
