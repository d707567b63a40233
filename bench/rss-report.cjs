// Preloaded into the measured node process by rss-wrapper.mjs: prints its own peak RSS on exit.
process.on('exit', () => process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
