// Preloaded with `node --import` where /usr/bin/time is missing: reports the process's peak memory.
import fs from 'node:fs';

process.on('exit', () => fs.writeSync(2, `\nstromlint-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`));
