#!/usr/bin/env node
// The CLI is TypeScript that imports the JSON lexicons; tsx compiles it on the fly (and caches the result),
// so a checkout runs `tactful` after `npm install` with no build step.
import { register } from 'tsx/esm/api';

// The CLI's imports are all relative, so no tsconfig is needed; not looking one up keeps start-up fast
// and keeps a tsconfig in the caller's working directory from changing how the CLI compiles.
register({ tsconfig: false });

// `tactful check --jsonl < big.jsonl | head` closes stdout early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
