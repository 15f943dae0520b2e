// The local cache behind the no-op check of `timconv generate`. Each output folder holds a stamp
// (git-ignored, never committed) that records, per emitter, the hash of the emitter's inputs
// (generator/inputs.ts) and the hash of every file the emitter wrote into that folder. An emitter
// is up to date when, in every output folder, its inputs hash the same and each file it recorded
// is still byte-identical; a hand-edited, deleted or unrecorded file makes it run again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byKey } from './order.ts';

export const STAMP_FILE = '.timconv-stamp.json';

export interface EmitterRecord { inputs: string; files: Record<string, string> }
export interface Stamp { note: string; emitters: Record<string, EmitterRecord> }

/** SHA-256 in hex: the hash of stamps and of emitter inputs (inputs.ts). */
export const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export function readStamp(dir: string): Stamp | undefined {
  const file = join(dir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    return stamp && typeof stamp.emitters === 'object' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** The emitter's record in `dir` when it was made from these inputs and its files are intact. */
export function freshRecord(dir: string, stamp: Stamp | undefined, emitter: string, inputs: string): EmitterRecord | undefined {
  const record = stamp?.emitters[emitter];
  if (!record || record.inputs !== inputs) return undefined;
  const intact = Object.entries(record.files).every(([p, h]) => existsSync(join(dir, p)) && sha(readFileSync(join(dir, p))) === h);
  return intact ? record : undefined;
}

export function makeRecord(inputs: string, files: { path: string; content: string }[]): EmitterRecord {
  const entries = files.map((f): [string, string] => [f.path, sha(f.content)]).sort(byKey(([p]) => p));
  return { inputs, files: Object.fromEntries(entries) };
}

export function stampText(emitters: Record<string, EmitterRecord>): string {
  const stamp: Stamp = {
    note: 'Local cache of timconv generate (git-ignored): input and output hashes per emitter. Safe to delete.',
    emitters,
  };
  return `${JSON.stringify(stamp, null, 2)}\n`;
}
