import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../generator/importer/import-command.ts';
import { closest } from '../../generator/closest-name.ts';
import { OverlayError } from '../../generator/importer/overlay-check.ts';
import { loadOverlay } from '../../generator/importer/overlay.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

describe('overlay files are checked against overlay.schema.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'timconv-overlay-'));
    cpSync(join(schemaDir, 'overlay'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Rewrites one overlay file through a change to its parsed JSON. */
  const change = (file: string, edit: (data: any) => void) => {
    const p = join(dir, file);
    const data = JSON.parse(readFileSync(p, 'utf8'));
    edit(data);
    writeFileSync(p, JSON.stringify(data, null, 2));
  };
  const refused = (pattern: RegExp) => (e: unknown) => e instanceof OverlayError && pattern.test(e.message);

  it('the committed overlay passes', () => {
    const o = loadOverlay(join(schemaDir, 'overlay'));
    assert.equal(Object.keys(o.functions).length, 30);
  });

  it('refuses a misspelt function field with the file and the JSON path, and suggests the name', () => {
    change('functions.json', (d) => { d.TIMConvGetConvList.resultDescripton = d.TIMConvGetConvList.resultDescription; delete d.TIMConvGetConvList.resultDescription; });
    assert.throws(() => loadOverlay(dir), refused(/functions\.json at \/TIMConvGetConvList\/resultDescripton: unknown field "resultDescripton" \(did you mean "resultDescription"\?\)/));
  });

  it('refuses a misspelt parameter field deep inside a function', () => {
    change('functions.json', (d) => { d.TIMConvSetDraft.params.json_draft_param.tsNmae = 'draft'; delete d.TIMConvSetDraft.params.json_draft_param.tsName; });
    assert.throws(() => loadOverlay(dir), refused(/functions\.json at \/TIMConvSetDraft\/params\/json_draft_param\/tsNmae: unknown field "tsNmae" \(did you mean "tsName"\?\)/));
  });

  it('refuses a misspelt constraint keyword and a wrong value type, in a split file', () => {
    change('structs.message.json', (d) => { d.Message.keys.message_elem_array.schema = { maxItem: 3 }; d.Message.keys.message_conv_id.int64 = 'exakt'; });
    assert.throws(() => loadOverlay(dir), (e: unknown) => e instanceof OverlayError
      && /structs\.message\.json at \/Message\/keys\/message_elem_array\/schema\/maxItem: unknown field "maxItem" \(did you mean "maxItems"\?\)/.test(e.message)
      && /structs\.message\.json at \/Message\/keys\/message_conv_id\/int64: must be equal to one of the allowed values \(exact, number\), found "exakt"/.test(e.message));
  });

  it('refuses a file whose name is no overlay kind', () => {
    writeFileSync(join(dir, 'function.json'), '{}');
    assert.throws(() => loadOverlay(dir), refused(/function\.json at \/: not an overlay file name/));
  });

  it('merges split errors files entry by entry and refuses a code or limit given twice', () => {
    writeFileSync(join(dir, 'errors.later.json'), JSON.stringify({ codes: { 9999: 'A code of a later release.' } }));
    const o = loadOverlay(dir);
    assert.equal(o.errors.enum, 'TIMErrCode');
    assert.equal(o.errors.codes['9999'], 'A code of a later release.');
    assert.equal(o.errors.codes['51011'], JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8')).codes['51011']);
    assert.equal(o.errors.limits?.groupNameBytes.value, 32);
    writeFileSync(join(dir, 'errors.later.json'), JSON.stringify({ codes: { 51011: 'Said again.' } }));
    assert.throws(() => loadOverlay(dir), refused(/errors\.later\.json at \/codes\/51011: code 51011 is already given in another errors overlay file/));
    writeFileSync(join(dir, 'errors.later.json'), JSON.stringify({ codes: {}, limits: { groupNameBytes: { value: 64, description: 'Again.' } } }));
    assert.throws(() => loadOverlay(dir), refused(/errors\.later\.json at \/limits\/groupNameBytes: limit "groupNameBytes" is already given/));
    writeFileSync(join(dir, 'errors.later.json'), JSON.stringify({ enum: 'OtherErrCode', codes: {} }));
    assert.throws(() => loadOverlay(dir), refused(/errors\.later\.json at \/enum: another error enum \("TIMErrCode"\) is already given/));
  });

  it('refuses the typo in an import without --strict', () => {
    const schema = mkdtempSync(join(tmpdir(), 'timconv-schema-'));
    try {
      cpSync(schemaDir, schema, { recursive: true });
      cpSync(dir, join(schema, 'overlay'), { recursive: true });
      const p = join(schema, 'overlay', 'callbacks.json');
      writeFileSync(p, readFileSync(p, 'utf8').replace('"tsName"', '"tsNmae"'));
      assert.throws(() => runImport(sdkPaths().headersDir, schema, { dryRun: true }), refused(/callbacks\.json at \/[\w/]+\/tsNmae: unknown field "tsNmae"/));
    } finally {
      rmSync(schema, { recursive: true, force: true });
    }
  });

  it('refuses a constraint that strict JSON Schema refuses, naming the schema file, and writes nothing', () => {
    const schema = mkdtempSync(join(tmpdir(), 'timconv-schema-'));
    try {
      cpSync(schemaDir, schema, { recursive: true });
      cpSync(dir, join(schema, 'overlay'), { recursive: true });
      // minProperties beside a $ref without "type": "object" is well-formed overlay, but strict Ajv
      // refuses it (strictTypes).
      const p = join(schema, 'overlay', 'fragments.json');
      const data = JSON.parse(readFileSync(p, 'utf8'));
      delete data.filterSelectsSomething.schema.type;
      writeFileSync(p, JSON.stringify(data, null, 2));
      const before = readFileSync(join(schema, 'api', 'TIMConvGetUnreadMessageCountByFilter.json'), 'utf8');
      assert.throws(() => runImport(sdkPaths().headersDir, schema),
        (e: unknown) => e instanceof Error && /schema\/api\/TIMConvGetUnreadMessageCountByFilter\.json at #: strict mode: missing type "object" for keyword "minProperties"/.test(e.message));
      assert.equal(readFileSync(join(schema, 'api', 'TIMConvGetUnreadMessageCountByFilter.json'), 'utf8'), before);
    } finally {
      rmSync(schema, { recursive: true, force: true });
    }
  });

  it('suggests only names close enough to be a typo', () => {
    assert.equal(closest('resultDescripton', ['description', 'resultDescription']), 'resultDescription');
    assert.equal(closest('flavour', ['description', 'tsName']), undefined);
  });
});
