// The import graph of the TypeScript sources: no cycles, runtime code never reaches into the
// generator, and generated runtime code never imports a bridge.
import { strict as assert } from 'node:assert';
import { dirname, join, normalize } from 'node:path';
import { existsSync } from 'node:fs';
import { repoRoot } from '../support/sdk.ts';
import { readSource, trackedSources } from './source-files.ts';

const IMPORT = /(?:^|\n)\s*(import|export)\s(type\s)?(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Module -> the relative modules it imports. With `values` only, type-only imports are left out:
 * they are erased at compile time, so they cannot make a cycle at run time.
 */
function importGraph(values = false): Map<string, string[]> {
  const files = trackedSources().filter((f) => /\.(ts|mts|mjs)$/.test(f) && !f.startsWith('dist/'));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps: string[] = [];
    for (const m of readSource(f).matchAll(IMPORT)) {
      if (values && m[2]) continue;
      const target = normalize(join(dirname(f), m[3])).split('\\').join('/');
      if (existsSync(join(repoRoot, target))) deps.push(target);
    }
    graph.set(f, deps);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

describe('house rules: imports', () => {
  const graph = importGraph();

  it('reads a graph of the whole tree', () => {
    assert.ok(graph.size > 200, `only ${graph.size} modules`);
    assert.ok(graph.get('runtime/simulator/api.ts')!.includes('runtime/generated/native-surface.ts'));
  });

  it('has no circular imports (type-only imports aside)', () => {
    const cycle = findCycle(importGraph(true));
    assert.equal(cycle, undefined, `cycle: ${cycle?.join(' -> ')}`);
  });

  it('finds a cycle when there is one', () => {
    assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
  });

  it('runtime code imports nothing from the generator', () => {
    for (const [f, deps] of graph) {
      if (!f.startsWith('runtime/')) continue;
      assert.deepEqual(deps.filter((d) => d.startsWith('generator/')), [], f);
    }
  });

  it('generated runtime code imports no bridge', () => {
    for (const [f, deps] of graph) {
      if (!f.startsWith('runtime/generated/')) continue;
      assert.deepEqual(deps.filter((d) => d.startsWith('runtime/bridges/')), [], f);
    }
  });
});
