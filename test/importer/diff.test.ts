import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiff } from '../../generator/importer/import-command.ts';
import { formatChanges } from '../../generator/importer/surface.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

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

  it('compares changed headers against schema/ the same way', () => {
    assert.equal(runDiff({ headers: changed }, { schema: schemaDir }, schemaDir).length, 3);
  });
});
