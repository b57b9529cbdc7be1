import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  srcDir: '.',
  manifest: {
    name: 'Tactful',
    description: 'Coaches support replies as you type: catches defensive, blaming and negative wording and suggests empathetic fixes. Runs entirely in your browser.',
    // scripting: the coach is injected only into frames where the agent focuses a reply box.
    permissions: ['scripting'],
  },
  vite: () => ({ plugins: [preact()] }),
});
