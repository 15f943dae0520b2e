// Forward compatibility of results: a newer native library adds keys (8.1 added
// message_disable_cloud_message_pre_hook to Message) and enum values. Output validators pass them
// through and name them to the sink below (it is their `this`, see generator/schema-vocabulary.ts),
// in the same pass that checks the known keys. Each one is then reported once per function and
// JSON path, to `onUnknownData` or, by default, as one console warning.
import type { ApiTable } from '../api-meta.ts';
import { displayPath, escapePointer } from './problems.ts';
import type { Validator } from './validator.ts';

/** Something the SDK sent that the schema does not know; it was passed through as it came. */
export interface UnknownData {
  /** 'key': a key no schema property names; 'value': an enum value or flag bits outside the schema's. */
  kind: 'key' | 'value';
  /** The C function (for results) or callback typedef (for listener payloads). */
  fn: string;
  /** Event name, for listener payloads. */
  event?: string;
  /** JSON pointer into the result (or into the listener's arguments keyed by C name) where every
   *  array index is written as a `*` segment, so the same key in each conversation of a page is
   *  one path. */
  path: string;
  /** The unknown key (kind 'key'). */
  key?: string;
  /** The unknown value (kind 'value'). */
  value?: unknown;
  /** The SDK version the schemas were imported from, e.g. "im_electron_sdk 8.0.5906". */
  schemaSdk?: string;
  /** A readable sentence that says all of the above and suggests a re-import. */
  message: string;
}

export type UnknownDataHook = (report: UnknownData) => void;

/** Reports are deduplicated in a set of this size; past it, further new paths are not reported. */
const MAX_REPORTED = 1000;

export const warnToConsole: UnknownDataHook = (report) => {
  const c = (globalThis as { console?: { warn?: (...args: unknown[]) => void } }).console;
  if (c && typeof c.warn === 'function') c.warn(`[timconv] ${report.message}`);
};

/** Array indices become `*`: the same key in every conversation of a page is one path. */
function generalize(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

function show(v: unknown): string {
  return typeof v === 'bigint' ? `${v}n` : String(v);
}

/** The `this` of an output validator: collects what the schema does not know. */
class Sink {
  found: { kind: 'key' | 'value'; at: string; item: unknown }[] = [];
  unknownKey(at: string, key: string): void {
    this.found.push({ kind: 'key', at, item: key });
  }
  unknownValue(at: string, value: unknown): void {
    this.found.push({ kind: 'value', at, item: value });
  }
}

export class UnknownDataReporter {
  private readonly sink = new Sink();
  private readonly seen = new Set<string>();
  private readonly schemaSdk: string | undefined;

  constructor(private readonly hook: UnknownDataHook, sdk: ApiTable['sdk']) {
    this.schemaSdk = sdk ? `${sdk.package} ${sdk.version}` : undefined;
  }

  /**
   * Runs an output validator over `data` and reports what it found unknown; returns its verdict.
   * `conversion` is passed on to the validator (see output.ts); when the validator throws, nothing
   * it found is reported.
   */
  validate(validate: Validator, data: unknown, where: { fn: string; event?: string; rootName: string }, conversion?: unknown): boolean {
    let ok: boolean;
    let found: Sink['found'];
    try {
      ok = validate.call(this.sink, data, conversion);
    } finally {
      // Taken before reporting: a hook may start another validation.
      found = this.sink.found;
      if (found.length) this.sink.found = [];
    }
    for (const f of found) this.report(f.kind, f.at, f.item, where);
    return ok;
  }

  private report(kind: 'key' | 'value', at: string, item: unknown, where: { fn: string; event?: string; rootName: string }): void {
    const path = generalize(at) + (kind === 'key' ? `/${escapePointer(item as string)}` : '');
    const id = `${where.fn}\u0000${path}${kind === 'value' ? `\u0000${show(item)}` : ''}`;
    if (this.seen.has(id) || this.seen.size >= MAX_REPORTED) return;
    this.seen.add(id);
    const schema = this.schemaSdk ? `the schema (imported from ${this.schemaSdk})` : 'the schema';
    const place = displayPath(path, where.rootName);
    const what = kind === 'key'
      ? `sent key "${item as string}" (${place}), which ${schema} does not have`
      : `sent ${show(item)} at ${place}, a value ${schema} does not list`;
    const report: UnknownData = {
      kind, fn: where.fn, ...(where.event ? { event: where.event } : {}), path,
      ...(kind === 'key' ? { key: item as string } : { value: item }),
      ...(this.schemaSdk ? { schemaSdk: this.schemaSdk } : {}),
      message: `${where.fn}: the SDK ${what}; it is passed through as it came. The native library is probably `
        + 'newer than the schema: import its headers (timconv import) and regenerate to type and check it.',
    };
    try {
      this.hook(report);
    } catch { /* a diagnostics hook must not break the call it reports on */ }
  }
}
