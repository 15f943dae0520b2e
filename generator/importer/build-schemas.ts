// Turns the reached header declarations plus the overlay into one JSON Schema (2020-12) document per
// function, callback, struct, union and enum (one builder per kind under build/). Header facts go
// into `x-` annotations (`x-type` is the value type in the headers' grammar; where the overlay fixes
// it, `x-header-type` keeps the header's own words so a diff against the headers stays exact); the
// overlay supplies the descriptions, constraints and 64-bit policy. Overlay
// entries the headers no longer match, and gaps in the headers, become warnings (errors with strict).
import { HeaderError, type HeaderSet, type SourceLoc } from './model.ts';
import type { JsonSchema, Overlay } from './overlay.ts';
import { reach, type Reached } from './reach.ts';
import { callbackSchema } from './build/callback.ts';
import { SCHEMA_DIALECT, createContext, schemaId, type SchemaKind } from './build/context.ts';
import { enumSchema } from './build/enum.ts';
import { functionSchema } from './build/function.ts';
import { structSchema, unionSchema } from './build/struct.ts';
import { byKey } from '../order.ts';

export { ID_PREFIX, SCHEMA_DIALECT, schemaId, type SchemaKind } from './build/context.ts';

export interface SchemaDoc {
  kind: SchemaKind;
  name: string;
  /** Path under schema/, e.g. "struct/ConvInfo.json". */
  path: string;
  schema: JsonSchema;
}

export interface BuildResult {
  docs: SchemaDoc[];
  /** Overlay entries that no longer match the headers, gaps in the headers, unknown payload types. */
  warnings: string[];
  /** Items that have no description in the overlay yet (shown by the importer, checked by tests). */
  undescribed: string[];
  /** What the conversation API reaches in these headers. */
  reached: Reached;
}

export interface BuildOptions {
  /** Turn warnings (stale overlay entries, unknown payload types, dangling references) into errors. */
  strict?: boolean;
}

export function buildSchemas(set: HeaderSet, overlay: Overlay, sdk: { package: string; version: string } | null, options: BuildOptions = {}): BuildResult {
  const warnings: string[] = [];
  const warn = (loc: SourceLoc, msg: string) => {
    if (options.strict) throw new HeaderError(loc, msg);
    const line = `${loc.file}:${loc.line}: ${msg}`;
    if (!warnings.includes(line)) warnings.push(line);
  };
  const r = reach(set, overlay, warn);
  const undescribed: string[] = [];
  const ctx = createContext(set, overlay, r, warn, undescribed);

  const docs: SchemaDoc[] = [];
  const push = (kind: SchemaKind, name: string, schema: JsonSchema) =>
    docs.push({ kind, name, path: `${kind}/${name}.json`, schema: { $schema: SCHEMA_DIALECT, $id: schemaId(kind, name), title: name, ...schema } });

  for (const fn of [...r.functions].sort(byKey((f) => f.name))) push('api', fn.name, functionSchema(ctx, fn));
  for (const cb of r.callbacks) push('callback', cb.name, callbackSchema(ctx, cb));
  for (const st of r.structs) push('struct', st.name, structSchema(ctx, st));
  for (const u of r.unions) push('struct', u.name, unionSchema(ctx, u.name, u.def));
  for (const en of r.enums) push('enum', en.name, enumSchema(ctx, en));

  docs.sort(byKey((d) => d.path));
  const manifest: SchemaDoc = {
    kind: 'api', name: 'index', path: 'index.json',
    schema: {
      'x-kind': 'index',
      ...(sdk ? { 'x-sdk': sdk } : {}),
      counts: {
        functions: r.functions.length, callbacks: r.callbacks.length, structs: r.structs.length + r.unions.length,
        enums: r.enums.length, keys: r.structs.reduce((n, s) => n + s.keys.length, 0),
      },
      files: docs.map((d) => d.path),
    },
  };
  for (const name of Object.keys(overlay.functions)) {
    if (!set.functions.has(name)) warn({ file: 'schema/overlay/functions.json', line: 1 }, `overlay describes function ${name}, which the headers do not declare`);
  }
  for (const name of Object.keys(overlay.fragments)) {
    if (!ctx.usedFragments.has(name)) warn({ file: 'schema/overlay/fragments.json', line: 1 }, `overlay fragment ${name} is used by no key or parameter`);
  }
  for (const name of Object.keys(overlay.structs)) {
    if (!r.structs.some((s) => s.name === name)) warn({ file: 'schema/overlay/structs.json', line: 1 }, `overlay describes struct ${name}, which the conversation API does not reach`);
  }
  return { docs: [...docs, manifest], undescribed, warnings, reached: r };
}
