// Preloaded with `node --import ./bench/rss-hook.mjs …`: on exit, writes the process's peak resident
// set size in bytes and its CPU time (user + system, all threads) in seconds, as JSON, to the file
// named by VSR_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const target = process.env.VSR_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ rss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
  });
}
