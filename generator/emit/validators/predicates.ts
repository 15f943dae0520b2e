// Schemas used as conditions rather than rules (`if`, `not`) become one boolean expression: no
// issue is recorded and nothing is converted while they are evaluated. Only the keywords such
// conditions use in our schemas are supported; anything else stops generation with its location.
import type { ModuleState, Node, Site } from './module-state.ts';

/** `o.key` when the key is an identifier, else `o["key"]`. */
export function member(object: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

/** The test of one JSON type, as Ajv makes it (numbers must be finite). */
export function typeTest(type: string, v: string): string {
  switch (type) {
    case 'object': return `ob(${v})`;
    case 'array': return `Array.isArray(${v})`;
    case 'string': return `typeof ${v} == "string"`;
    case 'boolean': return `typeof ${v} == "boolean"`;
    case 'integer': return `Number.isInteger(${v})`;
    case 'number': return `(typeof ${v} == "number" && isFinite(${v}))`;
    case 'null': return `${v} === null`;
    default: throw new Error(`unknown type ${type}`);
  }
}

function literal(state: ModuleState, site: Site, value: unknown, at: string): string {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  return state.fail(site, 'only a string, number, boolean or null can be compared here', at);
}

/** A JavaScript expression that is true when `v` is valid against `node`. */
export function predicate(state: ModuleState, site: Site, node: Node, v: string): string {
  const parts: string[] = [];
  const objectParts: string[] = [];
  for (const [k, x] of Object.entries(node)) {
    switch (k) {
      case 'type':
        if (typeof x !== 'string') state.fail(site, 'a condition may name one type only', '/type');
        parts.push(typeTest(x, v));
        break;
      case 'const':
        parts.push(`${v} === ${literal(state, site, x, '/const')}`);
        break;
      case 'maxItems':
        parts.push(`!(Array.isArray(${v}) && ${v}.length > ${Number(x)})`);
        break;
      case 'required':
        for (const r of x as string[]) objectParts.push(`${member(v, r)} !== undefined`);
        break;
      case 'maxProperties':
        objectParts.push(`Object.keys(${v}).length <= ${Number(x)}`);
        break;
      case 'minProperties':
        objectParts.push(`Object.keys(${v}).length >= ${Number(x)}`);
        break;
      case 'properties':
        for (const [p, sub] of Object.entries(x as Record<string, Node>)) {
          const inner = predicate(state, { ...site, ptr: `${site.ptr}/properties/${p}` }, sub, member(v, p));
          if (inner !== 'true') objectParts.push(`(${member(v, p)} === undefined || ${inner})`);
        }
        break;
      default:
        state.fail(site, `keyword "${k}" is not supported in a condition`, `/${k}`);
    }
  }
  if (objectParts.length) {
    const guarded = node.type === 'object' ? objectParts : [`(!ob(${v}) || (${objectParts.join(' && ')}))`];
    parts.push(...guarded);
  }
  return parts.length ? parts.join(' && ') : 'true';
}
