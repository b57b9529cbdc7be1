import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  srcDir: '.',
  // Separate output folders let several browser-test runs build side by side.
  outDir: process.env.TACTFUL_OUT_DIR ?? '.output',
  manifest: {
    name: 'Tactful',
    description: 'Coaches support replies as you type: catches defensive, blaming and negative wording and suggests empathetic fixes. Runs entirely in your browser.',
    // scripting: the coach is injected only into frames where the agent focuses a reply box.
    permissions: ['scripting'],
  },
  vite: () => ({ plugins: [preact()] }),
});
