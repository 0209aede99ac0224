// The privacy policy inside the extension (linked from the options page): PRIVACY.md itself, bundled
// at build time, so the page needs no network and never differs from the repository's text.
import { render } from 'preact';
import policy from '../../PRIVACY.md?raw';
import { Markdown } from '../../components/privacy/Markdown';
import '../../components/options/options.css';

render(
  <main class="options">
    <Markdown source={policy} />
  </main>,
  document.getElementById('app')!,
);
