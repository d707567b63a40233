// Preloaded into the measured node process by rss-wrapper.mjs: prints its own peak RSS and CPU time on exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  // CPU of this process only (its git children are not counted here, unlike with GNU time).
  process.stderr.write(`\nBENCH_MAXRSS_KB=${usage.maxRSS}\nBENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
