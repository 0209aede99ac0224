/**
 * Toolbar popup. `?tab=<id>` (tests only) makes it talk about that tab instead of the active one:
 * see resolveTabId in components/popup/api.ts.
 */
import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

render(<Popup search={location.search} />, document.getElementById('app')!);
