import { render } from 'preact';
import { OptionsApp } from '../../src/options/OptionsApp/OptionsApp';
import { createOptionsStore } from '../../src/options/options-store';
import '../../src/ui/ui.css';

const store = createOptionsStore(new AbortController().signal);
render(<OptionsApp store={store} />, document.getElementById('app')!);
