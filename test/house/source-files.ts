// The repository's own source files as the house-rule tests see them: what git tracks, split into
// hand-written and generated (generator output, golden baselines, the bundle, compiled sample code).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/sdk.ts';

const SOURCE = /\.(ts|mts|mjs|cjs|cs|hbs|sh)$/;

/** Output of the generator, the bundle build and the Unity build, and the golden baselines. */
const GENERATED = [
  /^runtime\/generated\//, /\/Generated\//, /^unity-sample\/Packages\/com\.timconv\.unity\/(Typings|Resources|Samples~)\//,
  /^unity-sample\/Packages\/com\.timconv\.unity\/Runtime\/Resources\//, /^unity-sample\/Assets\/ConversationGroups\/Resources\//,
  /^test\/golden\//, /^dist\//,
];

export const isGenerated = (path: string) => GENERATED.some((re) => re.test(path));

/** Tracked source files (repo-relative, '/'-separated). */
export function trackedSources(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter((f) => SOURCE.test(f));
}

export const handWrittenSources = () => trackedSources().filter((f) => !isGenerated(f));

export const readSource = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/** Text without comments (line and block), string contents kept; good enough for scanning code. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}
