#!/usr/bin/env node
// Entry point of the `timconv` command: loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../generator/cli.ts');
await run(process.argv.slice(2));
