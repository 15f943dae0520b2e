// What the validators module is built from while it is emitted: the schema documents (compiled
// copies, see compiled-schema.ts), the function each document or fragment becomes (made once, on
// first reference, so every struct is compiled once however often it is referred to), the
// constants enums become, and the keys whose integers are exact 64-bit values.
import { SchemaError } from '../../ir/load-schemas.ts';

export type Node = Record<string, unknown>;

export interface Doc {
  id: string;
  file: string;
  schema: Node;
}

/** Where a check sits: its document, the JSON pointer of its node in that document (for errors
 *  about the schema), and the function being written (for unique local names). */
export interface Site {
  doc: Doc;
  ptr: string;
  fn: FunctionWriter;
}

export class FunctionWriter {
  private count = 0;
  /** A fresh local name with the given prefix. */
  local(prefix: string): string {
    return `${prefix}${this.count++}`;
  }
}

type Compile = (state: ModuleState, doc: Doc, node: Node, name: string) => string;

export class ModuleState {
  private readonly functions = new Map<string, string>();
  private readonly bodies: string[] = [];
  private readonly enums = new Map<string, { set: string; list: string }>();
  private readonly constants: string[] = [];
  private compile: Compile | undefined;

  constructor(readonly docs: ReadonlyMap<string, Doc>, readonly exactKeys: ReadonlySet<string>) {}

  /** Sets how a document (or fragment) becomes a function; done once, before the first use. */
  useCompiler(compile: Compile): void {
    this.compile = compile;
  }

  fail(site: Site, reason: string, at = ''): never {
    throw new SchemaError(site.doc.file, `${site.ptr}${at}`, reason);
  }

  /** The document a `$ref` names, with the node at its fragment. */
  resolve(ref: string, site: Site): { doc: Doc; node: Node; ptr: string } {
    const [id, fragment = ''] = ref.split('#');
    const doc = this.docs.get(id);
    if (!doc) this.fail(site, `dangling $ref ${ref}`, '/$ref');
    let node: unknown = doc.schema;
    for (const seg of fragment.split('/').filter(Boolean)) node = (node as Node | undefined)?.[seg];
    if (!node || typeof node !== 'object') this.fail(site, `$ref ${ref} points at nothing`, '/$ref');
    return { doc, node: node as Node, ptr: `#${fragment}` };
  }

  isEnum(doc: Doc): boolean {
    return doc.id.startsWith('timconv:enum/');
  }

  /** The Set and the list of an enum's known values, declared once. */
  enumConstants(doc: Doc, values: unknown[]): { set: string; list: string } {
    let e = this.enums.get(doc.id);
    if (!e) {
      const n = this.enums.size;
      e = { set: `K${n}`, list: `L${n}` };
      this.constants.push(`const ${e.list} = ${JSON.stringify(values)};`, `const ${e.set} = new Set(${e.list});`);
      this.enums.set(doc.id, e);
    }
    return e;
  }

  /** The name of the function that checks `ref` (a document id, maybe with a fragment); written
   *  the first time it is asked for. */
  functionFor(ref: string, site: Site): string {
    let name = this.functions.get(ref);
    if (name) return name;
    const { doc, node } = this.resolve(ref, site);
    name = `v${this.functions.size}`;
    this.functions.set(ref, name);
    const fragment = ref.split('#')[1];
    const body = this.compile!(this, fragment ? { ...doc, id: ref } : doc, node, name);
    this.bodies.push(body);
    return name;
  }

  /** Module text after the shared support: constants, then every function. */
  render(): string {
    return [...this.constants, ...this.bodies].join('\n');
  }
}
