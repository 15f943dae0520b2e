#!/usr/bin/env node
// Entry point of the `timconv` command: runs the compiled CLI (plain JavaScript in dist/cli, see
// cli-build.mjs), never the TypeScript sources through a loader. In a development checkout, where
// esbuild is installed, a build older than the sources is rebuilt first; an installed package,
// whose sources do not change, runs the build it ships.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { buildCli, builtCli } from './cli-build.mjs';

// Node 22.1+ keeps compiled code on disk between runs (ts-morph alone is 9 MB of JavaScript);
// older Node has no such cache and simply compiles every time.
module.enableCompileCache?.();

let { entry, changed } = builtCli();
if (changed.length) {
  try {
    entry = await buildCli();
  } catch (err) {
    // No esbuild (an installed package) keeps the shipped build; no build at all is an error.
    if (!entry || err?.code !== 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write(`timconv: the compiled CLI is missing or out of date and could not be rebuilt: ${err?.message ?? err}\n`);
      process.exit(1);
    }
  }
}
// A file URL, not a path: import() reads a path as a URL (a drive letter, `#` or `%` in it breaks).
const { run } = await import(pathToFileURL(entry).href);
await run(process.argv.slice(2));
