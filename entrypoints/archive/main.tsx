import { render } from 'preact';
import '../../lib/ui/theme.css';
import './archive.css';
import { ArchiveApp } from './ArchiveApp';

const root = document.getElementById('app');
if (root) render(<ArchiveApp />, root);
