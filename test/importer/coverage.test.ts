import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHeaderDir } from '../../generator/importer/parse-headers.ts';
import { loadOverlay } from '../../generator/importer/overlay.ts';
import { isConversationFunction, reach } from '../../generator/importer/reach.ts';
import { runImport } from '../../generator/importer/import-command.ts';
import { readSchemas } from '../support/schemas.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

describe('importer on the pinned SDK headers', function () {
  this.timeout(120000);
  const { headersDir } = sdkPaths();
  const headers = parseHeaderDir(headersDir);
  const overlay = loadOverlay(join(schemaDir, 'overlay'));
  const schemas = readSchemas();
  const byTitle = new Map(schemas.map((s) => [s.title as string, s]));

  it('schema/ covers every function, parameter, callback, struct key and enum member the conversation header reaches', () => {
    const r = reach(headers, overlay);
    const convFns = [...headers.functions.values()].filter((f) => isConversationFunction(f.name));
    assert.equal(convFns.filter((f) => f.name.startsWith('TIMConv')).length, 22);
    assert.equal(convFns.filter((f) => f.name.startsWith('TIMSetConv')).length, 8);
    let params = 0; let keys = 0; let members = 0;
    for (const fn of convFns) {
      const s = byTitle.get(fn.name);
      assert.ok(s, `no schema for ${fn.name}`);
      assert.deepEqual(s['x-params'].map((p: any) => `${p.cType} ${p.name}`), fn.params.map((p) => `${p.cType} ${p.name}`), fn.name);
      params += fn.params.length;
    }
    for (const cb of r.callbacks) {
      const s = byTitle.get(cb.name);
      assert.ok(s, `no schema for ${cb.name}`);
      assert.deepEqual(s['x-params'].map((p: any) => `${p.cType} ${p.name}`), cb.params.map((p) => `${p.cType} ${p.name}`), cb.name);
      params += cb.params.length;
    }
    for (const st of r.structs) {
      const s = byTitle.get(st.name);
      assert.ok(s, `no schema for struct ${st.name}`);
      for (const k of st.keys) {
        assert.ok(s.properties[k.key], `${st.name}.${k.key} missing`);
        assert.equal(s.properties[k.key]['x-c-key'], k.constName);
        keys++;
      }
    }
    for (const en of r.enums) {
      const s = byTitle.get(en.name);
      assert.ok(s, `no schema for enum ${en.name}`);
      const listed = new Map(s['x-members'].map((m: any) => [m.name, m.value]));
      const expected = s['x-kind'] === 'errors' ? en.members.filter((m) => listed.has(m.name)) : en.members;
      for (const m of expected) { assert.equal(listed.get(m.name), m.value, `${en.name}.${m.name}`); members++; }
    }
    for (const name of ['ConvInfo', 'Draft', 'GroupAtInfo', 'TIMConversationListFilter', 'TIMConversationListResult', 'GetConversationListParam',
      'GetTotalUnreadNumberResult', 'TIMConversationOperationResult', 'Message', 'TextElem', 'ImageElem', 'UserProfile', 'GroupMemberInfo', 'OfflinePushConfig',
      'TIMConvType', 'TIMResult', 'TIMReceiveMessageOpt', 'TIMConvEvent', 'TIMConversationMarkType', 'TIMGroupAtType', 'TIMGroupType', 'TIMElemType']) {
      assert.ok(byTitle.has(name), `${name} is not in schema/`);
    }
    const mark = byTitle.get('TIMConversationMarkType')!;
    assert.deepEqual(mark['x-members'].map((m: any) => [m.name, m.value, m.expr]), [
      ['kTIMConversationMarkTypeStar', 1, '0x1'], ['kTIMConversationMarkTypeUnread', 2, '0x1 << 1'],
      ['kTIMConversationMarkTypeFold', 4, '0x1 << 2'], ['kTIMConversationMarkTypeHide', 8, '0x1 << 3']]);
    const deletedFromGroup = byTitle.get('TIMConvConversationsDeletedFromGroupCallback')!;
    assert.deepEqual(deletedFromGroup['x-params'].map((p: any) => p.cType), ['const char*', 'const char*', 'uint32_t', 'const void*']);
    console.log(`      coverage: ${convFns.length} functions, ${r.callbacks.length} callbacks, ${params} parameters, ${r.structs.length} structs with ${keys} keys, ${r.enums.length} enums with ${members} members`);
  });

  it('records since-versions and deprecations the headers state', () => {
    assert.equal(byTitle.get('TIMConvGetConversationListByFilter')!['x-since'], '6.5');
    assert.equal(byTitle.get('TIMConvDeleteConversationList')!['x-since'], '7.1');
    assert.equal(byTitle.get('TIMConvCreate')!.deprecated, true);
    assert.equal(byTitle.get('ConvInfo')!.properties.conv_owner.deprecated, true);
    assert.equal(byTitle.get('ConvInfo')!.properties.conv_c2c_read_timestamp['x-since'], '7.1');
    assert.equal(byTitle.get('TIMConvSetDraft')!['x-sync'], true);
    assert.equal(byTitle.get('TIMConvGetConvList')!['x-sync'], false);
  });

  it('reimporting the same headers changes nothing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'timconv-schema-'));
    try {
      cpSync(schemaDir, copy, { recursive: true });
      const { report, build } = runImport(headersDir, copy, { strict: true });
      assert.deepEqual(report.written, []);
      assert.deepEqual(report.removed, []);
      assert.equal(report.unchanged.length, schemas.length + 1);
      assert.deepEqual(build.undescribed, []);
      assert.deepEqual(build.warnings, []);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
