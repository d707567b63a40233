// Fallback when /usr/bin/time is missing: runs the (node) command with a preload that prints the
// process's own peak RSS on exit (Node exposes maxRSS only for the current process, not for
// children), which bench/run.mjs reads back from stderr.
import { spawnSync } from 'node:child_process';
const [command, ...args] = process.argv.slice(2);
const preload = new URL('./rss-report.cjs', import.meta.url).pathname;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim() };
const result = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
