import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../generator/generate-command.ts';
import { miniSchemaDir } from '../support/generated.ts';

async function withBrokenSchema(file: string, change: (s: any) => void, check: (err: Error, out: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'timconv-bad-'));
  const out = mkdtempSync(join(tmpdir(), 'timconv-out-'));
  try {
    cpSync(miniSchemaDir, dir, { recursive: true });
    const path = join(dir, file);
    const s = JSON.parse(readFileSync(path, 'utf8'));
    change(s);
    writeFileSync(path, JSON.stringify(s));
    let error: Error | undefined;
    try { await generate(dir, out, true); } catch (e) { error = e as Error; }
    assert.ok(error, 'generation did not fail');
    check(error, out);
    assert.deepEqual(readdirSync(out), [], 'something was written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

describe('generation from a malformed schema fails with the file and the JSON path, writing nothing', () => {
  it('unknown type', () => withBrokenSchema('struct/TIMConversationOperationResult.json', (s) => {
    s.properties.conversation_operation_result_result_code.type = 'int';
  }, (err) => {
    assert.match(err.message, /schema\/struct\/TIMConversationOperationResult\.json at #\/properties\/conversation_operation_result_result_code\/type: unknown type "int"/);
  }));

  it('dangling $ref', () => withBrokenSchema('api/TIMConvMarkConversation.json', (s) => {
    s.$defs.result.items.$ref = 'timconv:struct/NoSuchStruct';
  }, (err) => {
    assert.match(err.message, /schema\/api\/TIMConvMarkConversation\.json at #\/\$defs\/result\/items\/\$ref: dangling \$ref timconv:struct\/NoSuchStruct/);
  }));

  it('duplicate name', () => withBrokenSchema('struct/GetTotalUnreadNumberResult.json', (s) => {
    s.title = 'TIMConversationListFilter';
    s.$id = 'timconv:struct/TIMConversationListFilter';
  }, (err) => {
    assert.match(err.message, /schema\/struct\/TIMConversationListFilter\.json at #\/\$id: duplicate \$id timconv:struct\/TIMConversationListFilter \(also in schema\/struct\/GetTotalUnreadNumberResult\.json\)/);
  }));

  it('a keyword strict mode refuses', () => withBrokenSchema('struct/TIMConversationListFilter.json', (s) => {
    s.properties.conversation_list_filter_has_unread_count.maxItem = 3;
  }, (err) => {
    assert.match(err.message, /schema\/struct\/TIMConversationListFilter\.json/);
    assert.match(err.message, /at #\/properties\/conversation_list_filter_has_unread_count\/maxItem: unknown keyword "maxItem"/);
  }));

  it('a valid schema set still generates (control)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'timconv-out-'));
    try {
      const r = await generate(miniSchemaDir, out, true);
      assert.equal(r.skipped, false);
      assert.ok(existsSync(join(out, 'ts', 'api-table.ts')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
