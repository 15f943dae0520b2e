// The repository's own source files as the house-rule tests see them: what git tracks, split into
// hand-written and generated (generator output, golden baselines, the bundle, compiled sample code).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UNITY_OUT } from '../../runtime/bundle/build.mjs';
import { isOwned, UNITY_DIR } from '../../unity-sample/tools/build-unity.mjs';
import { repoRoot } from '../support/sdk.ts';

const SOURCE = /\.(ts|mts|mjs|cjs|cs|hbs|sh)$/;

/** Output of the generator (its C# below a Generated/ folder) and the golden baselines. */
const GENERATED = [/^runtime\/generated\//, /\/Generated\//, /^test\/golden\//, /^dist\//];
/** The bundle the runtime build writes into the Unity package. */
const UNITY_BUNDLE = relative(repoRoot, UNITY_OUT).split('\\').join('/');
const UNITY_PREFIX = `${relative(repoRoot, UNITY_DIR).split('\\').join('/')}/`;

/** Generated: by the generator, the bundle build or the Unity build (whose tool says what it owns). */
export const isGenerated = (path: string) => GENERATED.some((re) => re.test(path)) || path === UNITY_BUNDLE
  || (path.startsWith(UNITY_PREFIX) && isOwned(path.slice(UNITY_PREFIX.length)));

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
