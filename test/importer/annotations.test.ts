// The x- annotations are declared once (generator/schema-annotations.ts): the importer writes
// exactly those, and the IR reads them through their declared types.
import { strict as assert } from 'node:assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIr } from '../../generator/ir/build-ir.ts';
import { loadSchemaDir } from '../../generator/ir/load-schemas.ts';
import { ANNOTATION_KEYWORDS, annotation } from '../../generator/schema-annotations.ts';
import { addVocabulary } from '../../generator/schema-vocabulary.ts';
import { miniSchemaDir } from '../support/generated.ts';
import { readSchemas } from '../support/schemas.ts';

/** The keywords of ours that validate data; everything else starting with x- must be an annotation. */
const VALIDATING = new Set(['x-int64', 'x-minUtf8Bytes', 'x-maxUtf8Bytes', 'x-bitmask']);
/** Validating keywords only the compiled validators use (written by compiled-schema.ts, never in schema/). */
const COMPILED_ONLY = ['x-known-keys', 'x-known-values'];

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
  it('addVocabulary registers exactly the declared annotations and our validating keywords with Ajv', () => {
    const keywords = (ajv: Ajv2020) => Object.keys((ajv as unknown as { RULES: { keywords: object } }).RULES.keywords);
    const plain = new Set(keywords(new Ajv2020({ strict: true })));
    const ajv = addVocabulary(new Ajv2020({ strict: true }));
    const added = keywords(ajv).filter((k) => !plain.has(k)).sort();
    assert.deepEqual(added, [...ANNOTATION_KEYWORDS, ...VALIDATING, ...COMPILED_ONLY].sort());
    // Annotations never validate: a schema carrying each one accepts anything.
    for (const k of ANNOTATION_KEYWORDS) assert.equal(ajv.validate({ [k]: 'x' }, 42), true, k);
    // Without the vocabulary strict Ajv refuses them.
    assert.throws(() => new Ajv2020({ strict: true }).compile({ 'x-c-key': 'kTIMConvId' }), /unknown keyword: "x-c-key"/);
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
      doc['x-sync'] = false;
      // The 64-bit policy and the type words decide a value's type: a malformed one is refused, not
      // read as a plain number.
      doc.properties.mark_type['x-int64'] = { policy: 'exakt', signed: false };
      writeFileSync(file, JSON.stringify(doc));
      assert.throws(() => buildIr(loadSchemaDir(dir)), /TIMConvMarkConversation\.json at #\/properties\/mark_type\/x-int64: expected \{ policy: "exact" \| "number", signed: boolean \}, found \{"policy":"exakt","signed":false\}/);
      doc.properties.mark_type['x-int64'] = { policy: 'exact', signed: false };
      doc.properties.mark_type['x-type'] = 64;
      writeFileSync(file, JSON.stringify(doc));
      assert.throws(() => buildIr(loadSchemaDir(dir)), /TIMConvMarkConversation\.json at #\/properties\/mark_type\/x-type: expected a header type, found 64/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
