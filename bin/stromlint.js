#!/usr/bin/env node
// Thin shim: the CLI is built to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);
