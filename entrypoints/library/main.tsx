import './mark-start';
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
