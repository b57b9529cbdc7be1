import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  srcDir: '.',
  manifest: {
    name: 'Tactful',
    description: 'Coaches support replies as you type: catches defensive, blaming and negative wording and suggests empathetic fixes. Runs entirely in your browser.',
    // No permissions yet: nothing is stored and no page is read until the in-page coach arrives.
    permissions: [],
  },
  vite: () => ({ plugins: [preact()] }),
});
