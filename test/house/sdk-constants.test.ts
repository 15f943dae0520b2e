// SDK constants have one home: the generated code (TIMResult, TIMErrCode and TIMConvEvent in
// types.ts; SDK_LIMITS, FLAG_MASKS and LISTENER_SETTERS in sdk-constants.ts; in C#, TimConvResult).
// This scans every hand-written source (runtime, generator, the Unity package and sample, their C#
// and templates, and the tests) for copies: shipped code that spells an SDK error code, a mask or a
// setter name itself, and constants anywhere bound to a TIMResult code, an SDK error code or a
// documented limit. A test may still assert a literal code or limit: that is an expectation, not a
// copy.
import { strict as assert } from 'node:assert';
import { FLAG_MASKS, LISTENER_SETTERS, SDK_LIMITS } from '../../runtime/generated/sdk-constants.ts';
import { TIMErrCode, TIMResult } from '../../runtime/generated/types.ts';
import { handWrittenSources, readSource, stripComments } from './source-files.ts';

/** Constants whose value happens to equal a documented limit but that are the project's own. */
const ALLOWED: Record<string, string> = {
  'runtime/store/pages.ts MAX_PAGE_SIZE': 'the store\'s own cap on one page, not an SDK limit',
  'runtime/core/unknown-data.ts MAX_REPORTED': 'how many unknown keys the runtime remembers, its own bound',
  'runtime/core/snapshot.ts MAX_ARRAY_ITEMS': 'the runtime\'s own bound on array input (refused before the SDK sees it)',
  'runtime/core/problems.ts MAX_PROBLEMS': 'how many problems one TimError lists, the runtime\'s own bound',
};

const numbers = (e: object) => Object.values(e).filter((v): v is number => typeof v === 'number');
const ERROR_CODES = new Set(numbers(TIMErrCode).filter((v) => v >= 1000));
const RESULT_CODES = new Set(numbers(TIMResult).filter((v) => v !== 0));
const LIMITS = new Set<number>(Object.values(SDK_LIMITS));
const SETTERS = new Set<string>(Object.values(LISTENER_SETTERS));

const MASKS = new Set<bigint>(Object.values(FLAG_MASKS));

// `const NAME = 5;` (TS, JS) and `const int NAME = 5;` (C#).
const DECLARATION = /\b(?:(?:const|let|var)\s+|const\s+(?:int|uint|long|ulong)\s+)([A-Za-z_$][\w$]*)\s*(?::\s*\w+\s*)?=\s*(-?\d+)\s*[;,\n]/g;
/** Code that ships (as opposed to tests): it must spell no code, mask or setter name itself. */
const SHIPPED = /^(runtime|generator|unity-sample|bin|scripts)\//;
const LIMIT_NAME = /max|limit|per_?call|bytes|groups|count/i;

interface Copy { file: string; what: string }

/** Code with the text of its string literals blanked (template substitutions kept). */
function withoutStrings(code: string): string {
  return code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`(?:[^`\\$]|\\.|\$(?!\{))*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Copies of SDK constants in one file's code (comments stripped), but for the `allowed` constants. */
function findCopies(file: string, text: string, allowed: Record<string, string> = ALLOWED): Copy[] {
  const code = stripComments(text);
  const out: Copy[] = [];
  const shipped = SHIPPED.test(file);
  for (const m of code.matchAll(DECLARATION)) {
    const [name, value] = [m[1], Number(m[2])];
    if (allowed[`${file} ${name}`]) continue;
    if (ERROR_CODES.has(value)) out.push({ file, what: `${name} = ${value} (an SDK error code)` });
    else if (RESULT_CODES.has(value) && /^[A-Z_]+$/.test(name)) out.push({ file, what: `${name} = ${value} (a TIMResult code)` });
    else if (LIMITS.has(value) && LIMIT_NAME.test(name)) out.push({ file, what: `${name} = ${value} (a documented limit)` });
  }
  if (shipped) {
    // A code named in a message's text is prose; a code in the code is a copy.
    for (const m of withoutStrings(code).matchAll(/(?<![\w.])(\d{4,5})(?![\w.])/g)) {
      if (ERROR_CODES.has(Number(m[1]))) out.push({ file, what: `the literal ${m[1]} (an SDK error code)` });
    }
    for (const m of code.matchAll(/(?<![\w.])(0x[0-9a-fA-F]{9,16})n?(?![\w.])/g)) {
      if (MASKS.has(BigInt(m[1]))) out.push({ file, what: `the mask ${m[1]} (a flags enum's mask)` });
    }
    for (const m of code.matchAll(/['"`](TIMSetConv\w+Callback)['"`]/g)) {
      if (SETTERS.has(m[1])) out.push({ file, what: `the setter name ${m[1]}` });
    }
  }
  return out;
}

describe('house rules: SDK constants come from generated code', () => {
  it('no hand-written source restates a code, a mask, a limit or a setter name', () => {
    // test/house holds the rule itself and the samples it is tried on.
    const files = handWrittenSources().filter((f) => (SHIPPED.test(f) || f.startsWith('test/')) && !f.startsWith('test/house/') && /\.(ts|mts|mjs|cs|hbs)$/.test(f));
    for (const area of ['runtime/', 'generator/', 'unity-sample/', 'test/']) assert.ok(files.some((f) => f.startsWith(area)), `no ${area} file scanned`);
    assert.ok(files.some((f) => f.endsWith('.cs')) && files.some((f) => f.endsWith('.hbs')) && files.some((f) => f.endsWith('.mts')), 'C#, templates and .mts are scanned');
    assert.ok(files.length > 200, `only ${files.length} files`);
    assert.deepEqual(files.flatMap((f) => findCopies(f, readSource(f))), []);
  });

  it('allows only constants it would otherwise flag (no stale or needless exception)', () => {
    for (const key of Object.keys(ALLOWED)) {
      const [file, name] = key.split(' ');
      assert.ok(findCopies(file, readSource(file), {}).some((c) => c.what.startsWith(`${name} = `)), `${key}: nothing to allow`);
    }
  });

  it('catches the copies it is meant to catch, and not expectations or comments', () => {
    const copies = (file: string, text: string) => findCopies(file, text).map((c) => c.what);
    assert.deepEqual(copies('runtime/x.ts', 'export const ERR_TOO_MANY = 51006;'), ['ERR_TOO_MANY = 51006 (an SDK error code)', 'the literal 51006 (an SDK error code)']);
    assert.deepEqual(copies('test/x.ts', 'const TIM_ERR_PARAM = -4;\nconst MAX_GROUPS = 20;'), ['TIM_ERR_PARAM = -4 (a TIMResult code)', 'MAX_GROUPS = 20 (a documented limit)']);
    assert.deepEqual(copies('runtime/x.ts', "listeners.set('TIMSetConvEventCallback', f);"), ['the setter name TIMSetConvEventCallback']);
    assert.deepEqual(copies('test/x.ts', 'assert.equal(e.code, 51011); // 51006 too'), []);
    assert.deepEqual(copies('runtime/x.ts', '// at most 100 IDs (51006 beyond)\nconst best = -1;'), []);
    assert.deepEqual(copies('runtime/x.ts', "const text = 'too many (51006)';"), []);
    assert.deepEqual(copies('generator/x.ts', 'if (code === 7013) return;'), ['the literal 7013 (an SDK error code)']);
    assert.deepEqual(copies('unity-sample/Assets/x.mts', 'const bits = 0xffffffff0000000fn;'), ['the mask 0xffffffff0000000f (a flags enum\'s mask)']);
    assert.deepEqual(copies('unity-sample/Packages/x.cs', 'internal const int TooMany = 51006;'), ['TooMany = 51006 (an SDK error code)', 'the literal 51006 (an SDK error code)']);
  });
});
