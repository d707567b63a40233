// The local entry: the same review over any git range, with no GitHub and, without a key, no
// network. Exit codes: 0 reviewed and passing, 1 fail-on met, 2 usage error, 3 the review
// could not run.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './cli/run-cli.js';
import { tuneV8 } from './platform/v8-tuning.js';

tuneV8();

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  parseArgs,
});
