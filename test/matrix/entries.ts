// What the version matrix runs: every SDK version npm serves (pinned in scripts/fetch-sdk.mjs), then
// each header fixture of test/fixtures/headers laid over the pinned headers, then any folder given
// on the command line. Each row is compared with the row named in `previous`.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain .mjs script without types
import { ensureSdkHeaders, pinnedVersions, SDK_VERSION } from '../../scripts/fetch-sdk.mjs';
import { repoRoot } from '../support/sdk.ts';

export const FIXTURES_DIR = join(repoRoot, 'test', 'fixtures', 'headers');

export interface MatrixEntry {
  label: string;
  /** Where the label comes from: an npm package, a fixture of ours, or a folder given by hand. */
  source: 'npm' | 'fixture' | 'folder';
  /** Returns the header folder (a fixture is laid over a copy of the pinned headers in `scratch`). */
  headers(scratch: string): string;
  /** Recorded as the SDK version when the folder has no package.json above it. */
  sdkVersion?: string;
  /** Label of the row this one is diffed against. */
  previous?: string;
  note?: string;
}

// 2.0.2 ships two builds: include/ with lib/ (aarch64, the newer headers) and include1/ with
// lib1/ (x86-64, headers of the same age as 1.4.10-2). The older build is listed first.
const FOLDER_ORDER: Record<string, number> = { include1: 0, include: 1 };

export function npmEntries(): MatrixEntry[] {
  const out: MatrixEntry[] = [];
  for (const version of pinnedVersions() as string[]) {
    const dirs = (ensureSdkHeaders(version) as string[]).sort((a, b) => (FOLDER_ORDER[tail(a)] ?? 9) - (FOLDER_ORDER[tail(b)] ?? 9));
    for (const dir of dirs) {
      const label = dirs.length > 1 ? `${version} ${tail(dir)}` : version;
      out.push({ label, source: 'npm', headers: () => dir, note: tail(dir) === 'include1' ? 'x86-64 build (include1, lib1)' : dirs.length > 1 ? 'aarch64 build (include, lib)' : undefined });
    }
  }
  out.forEach((e, i) => { if (i > 0) e.previous = out[i - 1].label; });
  return out;
}

export function fixtureEntries(): MatrixEntry[] {
  const base = (ensureSdkHeaders(SDK_VERSION) as string[])[0];
  return readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((name) => {
    const dir = join(FIXTURES_DIR, name);
    const meta = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { title: string; like: string };
    return {
      label: `fixture ${name}`,
      source: 'fixture' as const,
      sdkVersion: `${SDK_VERSION}+${name}`,
      previous: SDK_VERSION,
      note: `${meta.title} (like ${meta.like})`,
      headers: (scratch: string) => layFixture(base, dir, scratch),
    };
  });
}

/** One change `edits.json` makes to a copy of a pinned header (a regular expression, not SDK text). */
interface HeaderEdit {
  file: string;
  pattern: string;
  replace: string;
  /** How many matches the pattern must have; an edit that no longer applies fails the fixture. */
  count: number;
}

/**
 * A copy of the pinned headers with the fixture laid over it: its `.h` files are added (same name:
 * replaced), then the edits of its `edits.json`, if any, are made to the copied headers. A variation
 * of a header the SDK ships is written as edits, so no SDK header text is kept in the repository.
 */
export function layFixture(base: string, fixture: string, scratch: string): string {
  const out = mkdtempSync(join(scratch, 'headers-'));
  cpSync(base, out, { recursive: true });
  for (const f of readdirSync(fixture).filter((n) => n.endsWith('.h'))) cpSync(join(fixture, f), join(out, f));
  const editsFile = join(fixture, 'edits.json');
  if (existsSync(editsFile)) {
    const edits = JSON.parse(readFileSync(editsFile, 'utf8')) as HeaderEdit[];
    edits.forEach((e, i) => applyEdit(join(out, e.file), e, `${editsFile} [${i}]`));
  }
  return out;
}

function applyEdit(file: string, edit: HeaderEdit, where: string): void {
  if (!existsSync(file)) throw new Error(`${where}: no header ${edit.file} to edit`);
  const text = readFileSync(file, 'utf8');
  const re = new RegExp(edit.pattern, 'g');
  const found = text.match(re)?.length ?? 0;
  if (found !== edit.count) throw new Error(`${where}: /${edit.pattern}/ matches ${found} times in ${edit.file}, expected ${edit.count}`);
  writeFileSync(file, text.replace(re, edit.replace));
}

export function folderEntry(dir: string, label: string, previous?: string): MatrixEntry {
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  return { label, source: 'folder', headers: () => dir, sdkVersion: label, ...(previous ? { previous } : {}) };
}

const tail = (p: string) => p.split(/[/\\]/).at(-1)!;
