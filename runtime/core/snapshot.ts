// The one copy of a call's arguments that is validated and then serialized. Every property and
// array item of the caller's values is read exactly once, so a getter or Proxy that answers
// differently the second time cannot slip past validation. While copying, it refuses what the
// schemas cannot see but C or JSON would get wrong:
//   - an object that is not plain (Date, Map, class instance): JSON would send it as {} or worse;
//   - NUL inside a string: C would end the string there;
//   - a lone surrogate: it has no UTF-8 form, the SDK would get a replacement character;
//   - NaN, Infinity, a symbol or a function inside an argument: JSON has no form for them (it would
//     write null or leave the key out), and a schema that leaves a value's type open accepts them
//     (an argument itself is judged by its parameter's type);
//   - cycles, nesting deeper than MAX_DEPTH, a property that throws when read.
// Arrays are copied up to MAX_ARRAY_ITEMS + 1 items, so a huge or sparse array costs no more than
// that; the validator then judges the length against the schema's own limit (see refuseCut).
//
// A call on the happy path allocates the copy and the small record that returns it, nothing else:
// the copier is reused (a getter that calls back into the runtime gets a fresh one), and problems
// and cut arrays are recorded lazily.
import type { Problem } from '../errors.ts';
import { escapePointer, problemMessage, ProblemList } from './problems.ts';
import type { ValidationIssue } from './validator.ts';

/** No input of this API holds longer arrays (id lists stop at 100); longer ones are refused
 *  without looking at their items. */
export const MAX_ARRAY_ITEMS = 1000;
/** Deeper nesting than any input of this API (a draft's message is about six levels). */
export const MAX_DEPTH = 64;

const SUSPECT = /[\u0000\ud800-\udfff]/;

class Stop extends Error {}

/** Stands for the arguments object as the first parent, so depth counts as it always has. */
const ARGUMENTS = {};

/** Keeps alive one object per list of argument names: copies made in that key order then share its
 *  hidden class, which a full garbage collection would otherwise drop (and with it the optimized
 *  code of the validators that read them). */
const SHAPES = new WeakMap<readonly string[], object>();

function keepShape(names: readonly string[]): void {
  if (SHAPES.has(names)) return;
  const shape: Record<string, unknown> = {};
  for (const n of names) shape[n] = undefined;
  SHAPES.set(names, shape);
}

/** Copies arguments; one is reused by every call of a core. */
export class Copier {
  /** The problems found while copying, or undefined when none were. */
  problems: ProblemList | undefined;
  /** Arrays longer than MAX_ARRAY_ITEMS: JSON pointer -> the caller's array; undefined when none. */
  cut: Map<string, unknown[]> | undefined;
  private busy = false;
  private readonly path: (string | number)[] = [];
  private readonly parents: object[] = [];
  private rootName = 'arguments';

  /**
   * Copies `args` (C order) into one object keyed by `names`, leaving out undefined arguments;
   * undefined when copying had to stop (see `problems`). A copier in use hands out a fresh one.
   */
  static copyArguments(shared: Copier, names: readonly string[], args: readonly unknown[]): { copier: Copier; value: Record<string, unknown> | undefined } {
    const copier = shared.busy ? new Copier() : shared;
    copier.busy = true;
    copier.problems = undefined;
    copier.cut = undefined;
    if (copier.path.length) copier.path.length = 0; // left over only by a copy that threw
    if (copier.parents.length !== 1) copier.parents.length = 0;
    copier.parents[0] = ARGUMENTS;
    try {
      keepShape(names);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const v = args[i];
        if (v === undefined) continue;
        copier.path.push(names[i]);
        out[names[i]] = copier.copy(v);
        copier.path.pop();
      }
      return { copier, value: out };
    } catch (err) {
      if (!(err instanceof Stop)) {
        // A stack overflow or a throwing Proxy trap outside a property read.
        copier.list().add('\u0000readable', undefined, () => ({ path: '', rule: 'readable', message: `arguments cannot be read: ${(err as Error)?.message ?? err}` }));
      }
      return { copier, value: undefined };
    } finally {
      copier.busy = false;
    }
  }

  /** The problem list, made on first use. */
  list(): ProblemList {
    return this.problems ?? (this.problems = new ProblemList());
  }

  private pointer(): string {
    let p = '';
    for (const s of this.path) p += `/${typeof s === 'number' ? s : escapePointer(s)}`;
    return p;
  }

  private problem(rule: string, text: string, value: unknown, stop = false): void {
    const path = this.pointer();
    this.list().add(`${path}\u0000${rule}`, undefined, (): Problem => ({ path, rule, value, message: problemMessage(path, this.rootName, text, rule, value) }));
    if (stop) throw new Stop();
  }

  private copy(v: unknown): unknown {
    if (typeof v === 'string') {
      if (SUSPECT.test(v)) this.checkString(v);
      return v;
    }
    if (typeof v !== 'object' || v === null) {
      if (this.path.length > 1 && (typeof v === 'number' ? !Number.isFinite(v) : typeof v === 'symbol' || typeof v === 'function')) this.notJson(v);
      return v;
    }
    if (this.parents.includes(v)) this.problem('cycle', 'refers back to an object that contains it', v, true);
    if (this.parents.length >= MAX_DEPTH) this.problem('depth', `is nested more than ${MAX_DEPTH} levels deep`, v, true);
    this.parents.push(v);
    const out = Array.isArray(v) ? this.copyArray(v) : this.copyObject(v);
    this.parents.pop();
    return out;
  }

  private copyArray(v: unknown[]): unknown[] {
    const length = v.length;
    const n = Math.min(length, MAX_ARRAY_ITEMS + 1);
    if (n < length) (this.cut ??= new Map()).set(this.pointer(), v);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      this.path.push(i);
      out[i] = this.copy(this.read(v, i));
      this.path.pop();
    }
    return out;
  }

  private copyObject(v: object): Record<string, unknown> {
    const proto = Object.getPrototypeOf(v) as object | null;
    const plain = (proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null) && Object.prototype.toString.call(v) === '[object Object]';
    if (!plain) this.problem('plain-object', 'must be a plain object or an array; JSON would not carry what this object holds', v);
    const out: Record<string, unknown> = {};
    const keys = this.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      this.path.push(k);
      const item = this.copy(this.read(v, k));
      this.path.pop();
      // An own "__proto__" key stays a key (the validator refuses it) instead of setting the prototype.
      if (k === '__proto__') Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
      else out[k] = item;
    }
    return out;
  }

  private keys(v: object): string[] {
    try {
      return Object.keys(v);
    } catch (err) {
      return this.problem('readable', `cannot be read: ${(err as Error)?.message ?? err}`, v, true) as never;
    }
  }

  private read(v: object, k: string | number): unknown {
    try {
      return (v as Record<string | number, unknown>)[k];
    } catch (err) {
      return this.problem('readable', `cannot be read: ${(err as Error)?.message ?? err}`, undefined, true) as never;
    }
  }

  private notJson(v: unknown): void {
    const what = typeof v === 'number' ? String(v) : `a ${typeof v}`;
    this.problem('json-value', `is ${what}, which JSON cannot carry`, v);
  }

  private checkString(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0) {
        this.problem('nul-character', `must not contain NUL (U+0000, at index ${i}): C would end the string there`, s);
        return;
      }
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else if (c >= 0xd800 && c <= 0xdfff) {
        const hex = c.toString(16).toUpperCase();
        this.problem('lone-surrogate', `must be well-formed text: the lone surrogate U+${hex} at index ${i} has no UTF-8 form`, s);
        return;
      }
    }
  }
}

/**
 * Arrays cut short whose length the validator did not refuse (no maxItems in their schema): refused
 * here with the runtime's bound, since their items were never all looked at. Runs before the
 * validator's own problems are added, so it is never among the omitted ones.
 */
export function refuseCut(cut: Map<string, unknown[]>, issues: readonly ValidationIssue[], problems: ProblemList, rootName = 'arguments'): void {
  for (const [path, original] of cut) {
    if (issues.some((i) => i.keyword === 'maxItems' && i.instancePath === path)) continue;
    problems.add(`${path}\u0000maxItems`, undefined, () => ({
      path, rule: 'maxItems', limit: MAX_ARRAY_ITEMS, value: original,
      message: problemMessage(path, rootName, `must NOT have more than ${MAX_ARRAY_ITEMS} items (no input of this API has more)`, 'maxItems', original),
    }));
  }
}

/** The validator's maxItems problems about arrays cut short now show the caller's array. */
export function showCut(cut: Map<string, unknown[]>, problems: ProblemList, rootName = 'arguments'): void {
  for (const p of problems.items) {
    const original = p.rule === 'maxItems' ? cut.get(p.path) : undefined;
    if (original === undefined || p.value === original) continue;
    p.value = original;
    p.message = problemMessage(p.path, rootName, `must NOT have more than ${String(p.limit)} items`, 'maxItems', original);
  }
}
