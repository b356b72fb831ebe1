#!/usr/bin/env node
// Entry point: runs the command line from one bundled JavaScript file (bin/bundle.js), built from
// the TypeScript sources on first use; without esbuild, it runs the sources through tsx's loader.
// Either way there is no build step to forget.
import { bundle } from './bundle.js';

// A reader that stops early (`dyad export | head`) closes the pipe: that ends the command, quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const bundled = await bundle('cli/main.ts');
let cli;
if (bundled) {
  cli = await import(bundled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv);
