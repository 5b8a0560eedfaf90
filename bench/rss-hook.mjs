// Preloaded with `node --import ./bench/rss-hook.mjs …`: on exit, writes the process's peak resident
// set size (all threads) to the file named by VSR_BENCH_RSS, in bytes.
import { writeFileSync } from 'node:fs';

const target = process.env.VSR_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
