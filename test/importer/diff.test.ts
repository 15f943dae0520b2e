import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiff } from '../../generator/importer/import-command.ts';
import { formatChanges } from '../../generator/importer/surface.ts';
import { repoRoot, schemaDir, sdkPaths } from '../support/sdk.ts';

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `edit of ${file} did not apply`);
  writeFileSync(file, next);
}

describe('timconv diff', function () {
  this.timeout(120000);
  const { headersDir } = sdkPaths();
  let changed: string;

  before(() => {
    changed = mkdtempSync(join(tmpdir(), 'timconv-headers-'));
    cpSync(headersDir, changed, { recursive: true });
    const conv = join(changed, 'TIMConversationManager.h');
    // One key removed, one function added, one enum value changed.
    edit(conv, /\/\/ string , 只读, 会话自定义数据[^\n]*\nstatic const char\* kTIMConvCustomData = "conv_custom_data";\n/, '');
    edit(conv, 'TIM_API int TIMConvCreate(', 'TIM_API int TIMConvPinConversationList(const char* conversation_id_array, bool is_pinned, TIMCommCallback cb, const void* user_data);\n\nTIM_API int TIMConvCreate(');
    edit(conv, '    kTIMConvEvent_Finish,', '    kTIMConvEvent_Finish = 9,');
  });
  after(() => rmSync(changed, { recursive: true, force: true }));

  it('reports exactly the removed key, the added function and the changed enum value', () => {
    const changes = runDiff({ headers: headersDir }, { headers: changed }, schemaDir);
    assert.deepEqual(changes, [
      { change: 'added', kind: 'function', name: 'TIMConvPinConversationList', after: 'const char* conversation_id_array, bool is_pinned, TIMCommCallback cb, const void* user_data' },
      { change: 'removed', kind: 'key', name: 'ConvInfo.conv_custom_data', before: 'string, read' },
      { change: 'changed', kind: 'member', name: 'TIMConvEvent.kTIMConvEvent_Finish', before: '4', after: '9' },
    ]);
    const text = formatChanges(changes, ['old', 'new']);
    assert.match(text, /\+ function TIMConvPinConversationList/);
    assert.match(text, /- key ConvInfo\.conv_custom_data/);
    assert.match(text, /~ member TIMConvEvent\.kTIMConvEvent_Finish: 4 -> 9/);
    assert.match(text, /Summary: 1 added, 1 removed, 1 changed\./);
  });

  it('finds no difference between the pinned headers and schema/', () => {
    assert.deepEqual(runDiff({ headers: headersDir }, { schema: schemaDir }, schemaDir), []);
  });

  it('compares changed headers with schema/ from the schemas to the headers', () => {
    const changes = runDiff({ headers: changed }, { schema: schemaDir }, schemaDir);
    assert.deepEqual(changes.map((c) => `${c.change} ${c.kind} ${c.name}`), [
      'added function TIMConvPinConversationList',
      'removed key ConvInfo.conv_custom_data',
      'changed member TIMConvEvent.kTIMConvEvent_Finish',
    ]);
  });

  it('prints changes grouped by kind, and the JSON form with a summary', () => {
    const text = formatChanges(runDiff({ headers: headersDir }, { headers: changed }, schemaDir), ['old', 'new']);
    assert.deepEqual(text.split('\n').filter((l) => !l.startsWith('  ')), [
      '3 difference(s) from old to new:', 'function: 1 added:', 'key: 1 removed:', 'member: 1 changed:', 'Summary: 1 added, 1 removed, 1 changed.', '',
    ]);
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'timconv.mjs'), 'diff', '--headers', headersDir, '--against-headers', changed, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.summary, { function: { added: 1, removed: 0, changed: 0 }, key: { added: 0, removed: 1, changed: 0 }, member: { added: 0, removed: 0, changed: 1 } });
    assert.equal(json.changes.length, 3);
  });

  it('names a changed signature and each parameter that changed', () => {
    const sig = mkdtempSync(join(tmpdir(), 'timconv-headers-'));
    try {
      cpSync(headersDir, sig, { recursive: true });
      edit(join(sig, 'TIMConversationManager.h'), 'TIM_API int TIMConvDelete(const char* conv_id, enum TIMConvType conv_type,', 'TIM_API int TIMConvDelete(const char* conv_id, enum TIMConvType conv_type, bool clear_message,');
      const changes = runDiff({ headers: headersDir }, { headers: sig }, schemaDir);
      assert.deepEqual(changes, [
        { change: 'changed', kind: 'function', name: 'TIMConvDelete', before: 'int (const char* conv_id, TIMConvType conv_type, TIMCommCallback cb, const void* user_data)', after: 'int (const char* conv_id, TIMConvType conv_type, bool clear_message, TIMCommCallback cb, const void* user_data)' },
        { change: 'added', kind: 'parameter', name: 'TIMConvDelete(clear_message)', after: 'bool', owner: 'function' },
      ]);
    } finally {
      rmSync(sig, { recursive: true, force: true });
    }
  });
});
