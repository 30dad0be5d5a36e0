import { render } from 'preact';
import { App } from './app.js';
import { interceptLinks } from './router.js';
import './styles/app.css';

const root = document.getElementById('app')!;
root.textContent = '';
interceptLinks(document.body);
render(<App />, root);
