// The x- annotations are declared once (generator/schema-annotations.ts): the importer writes
// exactly those, and the IR reads them through their declared types.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { loadSchemaDir } from '../../generator/ir/load-schemas.ts';
import { ANNOTATION_KEYWORDS, annotation } from '../../generator/schema-annotations.ts';
import { ANNOTATION_KEYWORDS as REGISTERED } from '../../generator/schema-vocabulary.ts';
import { miniSchemaDir } from '../support/generated.ts';
import { readSchemas } from '../support/schemas.ts';

/** The keywords of ours that validate data; everything else starting with x- must be an annotation. */
const VALIDATING = new Set(['x-int64', 'x-minUtf8Bytes', 'x-maxUtf8Bytes', 'x-bitmask']);

function xKeys(node: unknown, out: Set<string>, inMap = false): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => xKeys(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (!inMap && k.startsWith('x-')) out.add(k);
      // x-params and x-members hold data, not schemas
      if (k !== 'x-params' && k !== 'x-members') xKeys(v, out, !inMap && (k === 'properties' || k === '$defs'));
    }
  }
  return out;
}

describe('x- annotations, declared once with their types', () => {
  it('schema-vocabulary registers exactly the declared keywords', () => {
    assert.equal(REGISTERED, ANNOTATION_KEYWORDS);
  });

  it('every x- keyword in schema/ is declared (or one of the four validating keywords), and every declared one is used', () => {
    const used = new Set<string>();
    for (const s of readSchemas()) xKeys(s, used);
    const annotations = [...used].filter((k) => !VALIDATING.has(k)).sort();
    assert.deepEqual(annotations, [...ANNOTATION_KEYWORDS].sort());
  });

  it('every value in schema/ has its declared type', () => {
    const check = (node: unknown, ptr: string): void => {
      if (Array.isArray(node)) { node.forEach((n, i) => check(n, `${ptr}/${i}`)); return; }
      if (!node || typeof node !== 'object') return;
      for (const k of ANNOTATION_KEYWORDS) annotation(node as Record<string, unknown>, k, ptr);
      for (const [k, v] of Object.entries(node)) if (k !== 'x-params' && k !== 'x-members') check(v, `${ptr}/${k}`);
    };
    for (const s of readSchemas()) check(s, `${s.title}#`);
  });

  it('the IR refuses a wrongly typed annotation with the file and the JSON path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timconv-ann-'));
    try {
      cpSync(miniSchemaDir, dir, { recursive: true });
      const file = join(dir, 'api', 'TIMConvMarkConversation.json');
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      doc['x-params'][0].role = 'jsn';
      writeFileSync(file, JSON.stringify(doc));
      assert.throws(() => buildIr(loadSchemaDir(dir)), /schema\/api\/TIMConvMarkConversation\.json at #\/x-params: expected a list of \{ name, cType, role\? \}/);
      doc['x-params'][0].role = 'json';
      doc['x-sync'] = 'no';
      writeFileSync(file, JSON.stringify(doc));
      assert.throws(() => buildIr(loadSchemaDir(dir)), /schema\/api\/TIMConvMarkConversation\.json at #\/x-sync: expected a boolean, found "no"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
