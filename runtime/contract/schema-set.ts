// The committed JSON Schemas, read from disk and indexed by $id, with the few look-ups the payload
// generators need. Node-only (it reads files); the runtime itself never needs the schemas, only the
// validators generated from them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SchemaNode = Record<string, any>;

/** The package's schema/ folder. */
export const DEFAULT_SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

export class SchemaSet {
  private readonly byId = new Map<string, SchemaNode>();

  constructor(schemas: readonly SchemaNode[]) {
    for (const s of schemas) {
      if (typeof s.$id !== 'string') throw new TypeError('timconv contract kit: a schema without $id');
      this.byId.set(s.$id, s);
    }
  }

  /** Every schema listed in `dir`/index.json. */
  static load(dir: string = DEFAULT_SCHEMA_DIR): SchemaSet {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: string[] };
    return new SchemaSet(index.files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SchemaNode));
  }

  get(id: string): SchemaNode {
    const s = this.byId.get(id);
    if (!s) throw new Error(`timconv contract kit: no schema ${id}`);
    return s;
  }

  /** Follows $ref until a node without one; sibling keywords of a $ref (descriptions) add nothing
   *  the generators need, except the ones merged here (the referring node's own constraints win). */
  resolve(node: SchemaNode): SchemaNode {
    let n = node;
    for (let hops = 0; typeof n.$ref === 'string'; hops++) {
      if (hops > 16) throw new Error(`timconv contract kit: $ref loop at ${node.$ref}`);
      const { $ref, ...own } = n;
      n = { ...this.get($ref), ...own };
    }
    return n;
  }

  /** The input schema of a function: an object keyed by C parameter name. */
  input(cName: string): SchemaNode {
    return this.get(`timconv:api/${cName}`);
  }

  /** The members of a union struct (x-kind "union"): discriminator value and member schema. */
  unionMembers(union: SchemaNode): { key: string; value: unknown; schema: SchemaNode }[] {
    const key = union['x-discriminator'] as string;
    return (union.allOf as SchemaNode[]).map((branch) => ({
      key, value: branch.if.properties[key].const, schema: this.resolve(branch.then),
    }));
  }
}
