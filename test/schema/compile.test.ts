import { strict as assert } from 'node:assert';
import { readSchemas, strictAjv } from '../support/schemas.ts';

describe('schemas', () => {
  const schemas = readSchemas();
  const ajv = strictAjv(schemas);

  it('every schema compiles under Ajv2020 strict mode', () => {
    for (const s of schemas) {
      const v = ajv.getSchema(s.$id);
      assert.ok(v, `${s.$id} did not compile`);
    }
    assert.equal(schemas.length, 104);
  });

  it('every schema has a $id, a title and a description', () => {
    for (const s of schemas) {
      assert.match(s.$id, /^timconv:(api|callback|struct|enum)\/\w+$/);
      assert.equal(typeof s.title, 'string');
      assert.equal(typeof s.description, 'string', `${s.$id} has no description`);
    }
  });

  it('every struct rejects unknown keys on input', () => {
    for (const s of schemas.filter((x) => x['x-kind'] === 'struct')) {
      assert.equal(s.additionalProperties, false, s.$id);
      const v = ajv.getSchema(s.$id)!;
      assert.equal(v({ not_a_key_of_any_struct: 1 }), false, s.$id);
      assert.ok(v.errors!.some((e: { keyword: string; params: Record<string, unknown> }) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'not_a_key_of_any_struct'), s.$id);
    }
  });

  it('every property and enum member carries a description', () => {
    const missing: string[] = [];
    for (const s of schemas) {
      for (const [k, p] of Object.entries<any>(s.properties ?? {})) if (!p.description && s['x-kind'] !== 'union') missing.push(`${s.title}.${k}`);
      for (const m of s['x-members'] ?? []) if (m.name && !m.description) missing.push(`${s.title}.${m.name}`);
    }
    assert.deepEqual(missing, []);
  });

  it('records the 64-bit policy on every uint64 value', () => {
    for (const s of schemas) {
      for (const [k, p] of Object.entries<any>(s.properties ?? {})) {
        const leaf = p.items ?? p;
        if (/uint64/.test(p['x-type'] ?? '') && !leaf.$ref) {
          assert.ok(['exact', 'number'].includes(leaf['x-int64']?.policy), `${s.title}.${k}`);
        }
      }
    }
    const conv = schemas.find((s) => s.title === 'ConvInfo')!;
    assert.equal(conv.properties.conv_active_time['x-int64'].policy, 'exact');
    assert.equal(conv.properties.conv_unread_num['x-int64'].policy, 'number');
  });
});
