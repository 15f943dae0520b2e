// One function per schema document (struct, union, API input, callback arguments) or result
// fragment: `function vN(x, c, d)` checks the value x at depth d.
//
// A struct that lists its keys (x-known-keys) is walked once with for-in, in the order the object
// holds its keys: for JSON.parse's objects that is the order of the text, which is what lets the
// exact 64-bit conversion (runtime/json64/fast-parse.ts) run in the same pass. Each key either is
// a property (checked, and converted when its integers are exact), or unknown (refused on input,
// reported on output, and walked by the conversion). A union checks its discriminator by direct
// access and hands the object to the member whose `if` matches; the member walks it.
import { FunctionWriter, type Doc, type ModuleState, type Node, type Site } from './module-state.ts';
import { check, type Loc } from './nodes.ts';
import { member, predicate } from './predicates.ts';

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'x-known-keys', 'allOf', '$schema', '$id', '$defs']);

function isObjectDocument(node: Node): boolean {
  return node.properties !== undefined || node['x-known-keys'] !== undefined || node.allOf !== undefined;
}

/** A property walked in the for-in loop: its case. Exact keys are converted before the check. */
function propertyCase(state: ModuleState, site: Site, key: string, node: Node, out: string[]): void {
  const at = { ...site, ptr: `${site.ptr}/properties/${key}` };
  out.push(`case ${JSON.stringify(key)}:`, 'if (v !== undefined) {');
  const int64 = node['x-int64'] as { signed?: boolean } | undefined;
  if (state.exactKeys.has(key) && int64 && Object.keys(node).length === 1) {
    // The common case of a conversion: a safe integer, which is in range once it is a bigint.
    out.push(`if (c.v !== null && Number.isSafeInteger(v)${int64.signed ? '' : ' && v >= 0'}) x[k] = v >= 0 && v < 1024 ? SMALL[v] : BigInt(v);`, 'else {', 'if (c.v !== null) v = x[k] = c.v.ex(k, v);');
    check(state, at, node, 'v', { d: 0, s: 'k', sp: 'Q(k)' }, out);
    out.push('}');
  } else {
    if (state.exactKeys.has(key)) out.push('if (c.v !== null) v = x[k] = c.v.ex(k, v);');
    check(state, at, node, 'v', { d: 0, s: 'k', sp: 'Q(k)' }, out);
  }
  out.push('}', 'break;');
}

/** A property of an object whose keys are not listed (a union's discriminator): checked in place.
 *  The member that walks the object converts it, so nothing here may need converting. */
function directProperty(state: ModuleState, site: Site, key: string, node: Node, out: string[]): void {
  const at = { ...site, ptr: `${site.ptr}/properties/${key}` };
  const target = typeof node.$ref === 'string' ? state.resolve(node.$ref, at) : undefined;
  const simple = Object.keys(node).length > 0 && !state.exactKeys.has(key) && (target ? state.isEnum(target.doc) : node.items === undefined);
  if (!simple) state.fail(at, 'a property of an object that does not list its keys must be a scalar');
  const v = site.fn.local('p');
  const name = JSON.stringify(key);
  out.push(`{`, `const ${v} = ${member('x', key)};`, `if (${v} !== undefined) {`);
  check(state, at, node, v, { d: 0, s: name, sp: `"#/properties/${key}"` }, out);
  out.push('}', '}');
}

/** `allOf: [{if, then: {$ref}}...]`: every member whose condition holds checks the object. When
 *  the conversion runs, exactly one member must have walked it: none means an unknown member
 *  (walked generically), several can only happen on input the discriminator does not decide. */
function unionMembers(state: ModuleState, site: Site, branches: unknown, out: string[]): void {
  if (!Array.isArray(branches)) state.fail(site, 'allOf must be a list', '/allOf');
  out.push('let m = 0;');
  const key = discriminator(branches as Node[]);
  // The usual union: each condition only compares one key with a constant. The object is known
  // to be an object here, so each condition is that comparison (an absent key matches them all).
  if (key) out.push(`const t = ${member('x', key)};`, 'const any = t === undefined;');
  (branches as Node[]).forEach((b, i) => {
    const at = { ...site, ptr: `${site.ptr}/allOf/${i}` };
    const then = b.then as Node | undefined;
    const ref = then?.$ref;
    if (Object.keys(b).sort().join() !== 'if,then' || typeof ref !== 'string' || Object.keys(then!).length !== 1) {
      state.fail(at, 'allOf is supported only as a union: each entry {if, then: {$ref}}');
    }
    if (!isObjectDocument(state.resolve(ref, at).node)) state.fail(at, 'a union member must be a struct', '/then/$ref');
    const n = site.fn.local('n');
    const cond = key ? `any || t === ${JSON.stringify(((b.if as Node).properties as Record<string, Node>)[key].const)}` : predicate(state, { ...at, ptr: `${at.ptr}/if` }, b.if as Node, 'x');
    out.push(`if (${cond}) {`, 'm++;', `const ${n} = c.n;`);
    check(state, { ...at, ptr: `${at.ptr}/then` }, then!, 'x', { d: 0, sp: `"#/allOf/${i}/then"` }, out);
    out.push(`if (c.n !== ${n}) fi(c, d, undefined, "#/allOf/${i}");`, '}');
  });
  out.push('if (c.v !== null && m !== 1) {', 'if (m === 0) c.v.walk(x);', 'else c.v.giveUp();', '}');
}

/** The key every `if` of a union compares with a constant ({type: object, properties: {key: {const}}}),
 *  or undefined when the conditions are of another form. */
function discriminator(branches: Node[]): string | undefined {
  let key: string | undefined;
  for (const b of branches) {
    const cond = b.if as Node | undefined;
    const props = cond?.properties as Record<string, Node> | undefined;
    if (!cond || cond.type !== 'object' || Object.keys(cond).sort().join() !== 'properties,type' || !props) return undefined;
    const names = Object.keys(props);
    if (names.length !== 1 || (key !== undefined && names[0] !== key)) return undefined;
    const c = props[names[0]];
    if (Object.keys(c).join() !== 'const' || typeof c.const !== 'number') return undefined;
    key = names[0];
  }
  return key;
}

function objectDocument(state: ModuleState, site: Site, node: Node, name: string): string {
  const unknown = Object.keys(node).find((k) => !OBJECT_KEYWORDS.has(k));
  if (unknown) state.fail(site, `the validators emitter cannot check keyword "${unknown}" on an object`, `/${unknown}`);
  const out = [`function ${name}(x, c, d) {`];
  if (node.type !== undefined && node.type !== 'object') state.fail(site, 'an object document must have type "object"', '/type');
  out.push(node.type === 'object' ? 'if (!ob(x)) return ty(c, d, undefined, "#", "object");' : 'if (!ob(x)) return;');
  if (node.allOf !== undefined) unionMembers(state, site, node.allOf, out);
  for (const r of (node.required ?? []) as string[]) out.push(`if (${member('x', r)} === undefined) rq(c, d, "#", ${JSON.stringify(r)});`);
  const properties = Object.entries((node.properties ?? {}) as Record<string, Node>);
  if (node['x-known-keys'] === true) {
    out.push('for (const k in x) {', 'let v = x[k];', 'switch (k) {');
    for (const [key, p] of properties) propertyCase(state, site, key, p, out);
    out.push('default:', 'uk(c, d, "#", k);', 'if (c.v !== null) c.v.prop(x, k, v);', '}', '}');
  } else {
    if (node.allOf === undefined) state.fail(site, 'an object that does not list its keys is supported only as a union');
    for (const [key, p] of properties) directProperty(state, site, key, p, out);
  }
  out.push('}');
  return out.join('\n');
}

/** The function of a document or fragment, named `name`. */
export function compileDocument(state: ModuleState, doc: Doc, node: Node, name: string): string {
  const [, fragment = ''] = doc.id.split('#');
  const site: Site = { doc, ptr: `#${fragment}`, fn: new FunctionWriter() };
  if (isObjectDocument(node)) return `// ${doc.id}\n${objectDocument(state, site, node, name)}`;
  const out = [`// ${doc.id}`, `function ${name}(x, c, d) {`];
  const { $schema: _s, $id: _i, $defs: _d, ...rest } = node;
  const loc: Loc = { d: 0, sp: '"#"' };
  check(state, site, rest, 'x', loc, out);
  out.push('}');
  return out.join('\n');
}
