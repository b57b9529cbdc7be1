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
    // storage: the team policy, the agent's settings and the local statistics.
    permissions: ['scripting', 'storage'],
    // A fixed key gives the extension one id everywhere (neilnfoikkicgheccfcmniilhbkhaddm), which managed
    // policies name; the private key is not needed for unpacked builds and is not kept. See docs/policy.md.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtkMMrQkskPfc87epR41Qw0gFYDqhq1BbdHk4IDnGacZw9AwxImBsFqW6PCVO68XP7Qz+UBvgSxhUcGBgal8HxYkwVFezdQhCZf4kExd/7NFHsHgrNX/2nqq2YeBqiSPV8cPelI8F1qoxdpuLNBRIyJf0Jo8I45QmMFKDDCGbW11W+M6zpLkEFV8/63BII36LIVIgtwtye8dwyhS6n/EMQYf02dmjCOifpz8goubVJgImzyUwNRBPJzX/mTwctcLCD6mT9+iaZAA4xsJOI/cLbNDHFS+fxU2ez24/fXXPQ4im7ggF+hJQN1oZ16w4ucAWGVBTuLdDjEJDq4N8SWIPkQIDAQAB',
    // Generated from the policy's zod schema by scripts/write-managed-schema.ts.
    storage: { managed_schema: 'managed-schema.json' },
  },
  vite: () => ({ plugins: [preact()] }),
});
