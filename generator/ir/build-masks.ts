// The bits each flags enum's values may set, read from the x-bitmask rules of the keys and
// parameters typed with it (the importer writes the enum's one mask into each). All the rules of
// one enum must agree: the mask becomes a runtime constant that the simulator checks with.
import { SchemaError, type LoadedSchema } from './load-schemas.ts';
import type { IrFlagMask } from './model.ts';
import { ann, type Node } from './schema-reader.ts';
import { byKey } from '../order.ts';

const MASK = /^0x[0-9a-fA-F]{1,16}$/;

export function buildFlagMasks(docs: Iterable<LoadedSchema>): IrFlagMask[] {
  const found = new Map<string, { mask: string; at: string }>();
  const visit = (node: unknown, file: string, ptr: string): void => {
    if (Array.isArray(node)) { node.forEach((n, i) => visit(n, file, `${ptr}/${i}`)); return; }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    const bits = n['x-bitmask'] as { mask?: unknown } | undefined;
    if (bits !== undefined) {
      const flags = ann(n, 'x-enum', file, ptr);
      if (typeof bits?.mask !== 'string' || !MASK.test(bits.mask)) throw new SchemaError(file, `${ptr}/x-bitmask`, `expected { mask: "0x..." }, found ${JSON.stringify(bits)}`);
      if (!flags) throw new SchemaError(file, ptr, 'x-bitmask without the x-enum its bits come from');
      const mask = `0x${BigInt(bits.mask).toString(16)}`;
      const seen = found.get(flags);
      if (seen && seen.mask !== mask) throw new SchemaError(file, `${ptr}/x-bitmask`, `mask ${mask} of ${flags} differs from ${seen.mask} at ${seen.at}`);
      found.set(flags, { mask, at: `${file} ${ptr}` });
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'x-params' && k !== 'x-members') visit(v, file, `${ptr}/${k}`);
  };
  for (const { file, schema } of docs) visit(schema, file, '#');
  return [...found].map(([flagsEnum, { mask }]) => ({ flagsEnum, mask })).sort(byKey((m) => m.flagsEnum));
}
