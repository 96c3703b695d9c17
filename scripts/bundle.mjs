// Bundles the command line for start-up speed: Node loads one file per parser stack instead of
// hundreds of small modules (docs/decisions.md, "Build"). Each format adapter, reporter and
// subcommand stays a separate chunk, loaded only when a run needs it.
import fs from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their content: start empty so that no stale chunk is left behind.
fs.rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Dependencies written as CommonJS call require(); give the ES module output one.
  banner: { js: "import { createRequire as __stromlintRequire } from 'node:module'; const require = __stromlintRequire(import.meta.url);" },
});
