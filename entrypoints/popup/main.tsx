import { render } from 'preact';
import { PopupApp } from '../../src/popup/PopupApp/PopupApp';
import { readTabStatus } from '../../src/popup/read-tab-status';
import '../../src/ui/ui.css';

const tabId = new URLSearchParams(location.search).get('tab');
void readTabStatus(tabId === null ? undefined : Number(tabId)).then((tab) => render(<PopupApp tab={tab} />, document.getElementById('app')!));
