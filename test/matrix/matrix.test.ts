import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSurfaces, surfaceFromSchemaDir, type Change } from '../../generator/importer/surface.ts';
import { schemaDir } from '../support/sdk.ts';
import { FIXTURES_DIR, fixtureEntries, npmEntries } from './entries.ts';
import type { MatrixRow } from './run-entry.ts';
import { runMatrix } from './run.ts';
import { changesOf, failures, formatTable } from './table.ts';

const key = (name: string, after: string): Change => ({ change: 'added', kind: 'key', name, after });

/** What each fixture must change against 8.0.5906, exactly. */
const EXPECTED: Record<string, Change[]> = {
  'dangling-ref': [
    key('AndroidOfflinePushConfig.android_offline_push_config_oppo_category', 'string, readwrite'),
    key('AndroidOfflinePushConfig.android_offline_push_config_oppo_notify_level', 'uint @ref TIMFixtureVendorNotifyLevel, readwrite'),
    key('AndroidOfflinePushConfig.android_offline_push_config_oppo_style', 'object @ref TIMFixtureVendorStyle, readwrite'),
  ],
  'doc-block-comments': [
    key('OfflinePushConfig.offline_push_config_fixture_scheduled_at', 'uint64, read'),
    key('OfflinePushConfig.offline_push_config_title', 'string, readwrite'),
  ],
  'enum-member-added': [{ change: 'added', kind: 'member', name: 'TIMReceiveMessageOpt.kTIMRecvMsgOpt_Not_Receive_Except_At', after: '4' }],
  'enum-param-keyword': [],
  'message-keys-added': [
    key('Message.message_disable_cloud_message_post_hook', 'bool, readwrite'),
    key('Message.message_disable_cloud_message_pre_hook', 'bool, readwrite'),
    key('Message.message_excluded_from_muting', 'bool, readwrite'),
  ],
  'new-struct-section': [
    { change: 'added', kind: 'struct', name: 'HarmonyOfflinePushConfig', after: 'harmony_offline_push_config_ignore_badge, harmony_offline_push_config_title' },
    key('OfflinePushConfig.offline_push_config_harmony_config', 'object @ref HarmonyOfflinePushConfig, readwrite'),
  ],
  'type-comments-slash3': [
    key('IOSOfflinePushConfig.ios_offline_push_config_enable_background_notification', 'bool, readwrite'),
    key('IOSOfflinePushConfig.ios_offline_push_config_interruption_level', 'string, readwrite'),
  ],
};

const readSchema = (row: MatrixRow, rel: string) => JSON.parse(readFileSync(join(row.schemaDir!, rel), 'utf8'));

describe('version matrix: every npm SDK version and every header fixture imports, generates and compiles', function () {
  this.timeout(600000);
  let rows: MatrixRow[] = [];
  let cleanup = () => {};
  const row = (label: string) => {
    const r = rows.find((x) => x.entry.label === label);
    assert.ok(r, `no matrix row ${label}`);
    return r;
  };

  before(async () => {
    let ms = 0;
    ({ rows, ms, cleanup } = await runMatrix([...npmEntries(), ...fixtureEntries()]));
    console.log(`\n${formatTable(rows).replace(/^/gm, '      ')}\n      ${rows.length} versions in ${(ms / 1000).toFixed(1)} s\n`);
  });
  after(() => cleanup());

  it('imports each version into a copy of schema/, and its TS passes tsc --strict and its C# mcs', () => {
    assert.ok(rows.length >= 11, `only ${rows.length} rows`);
    assert.deepEqual(failures(rows), []);
  });

  it('covers every version npm serves, the two builds of 2.0.2 and every fixture folder', () => {
    const labels = rows.map((r) => r.entry.label);
    for (const v of ['1.4.10-2', '2.0.2 include1', '2.0.2 include', '8.0.5906']) assert.ok(labels.includes(v), v);
    const fixtures = readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    assert.deepEqual(fixtures, Object.keys(EXPECTED).sort(), 'every fixture needs its expected changes in this test');
    for (const f of fixtures) assert.ok(labels.includes(`fixture ${f}`), f);
  });

  it('8.0.5906 reproduces schema/ exactly, without a warning', () => {
    const r = row('8.0.5906');
    assert.deepEqual(r.summary!.counts, { functions: 30, callbacks: 9, structs: 39, keys: 287, enums: 26, enumMembers: 174 });
    assert.deepEqual(r.summary!.warnings, []);
    assert.deepEqual(diffSurfaces(surfaceFromSchemaDir(schemaDir), r.surface!), []);
  });

  it('the early layout: the filter call took one JSON argument, later two more', () => {
    const early = row('2.0.2 include');
    assert.match(early.summary!.layout, /TIM_DECL conversation functions in TIMCloud\.h/);
    const changes = diffSurfaces(early.surface!, row('8.0.5906').surface!);
    const filter = changes.filter((c) => c.name.startsWith('TIMConvGetConversationListByFilter'));
    assert.deepEqual(filter, [
      { change: 'changed', kind: 'function', name: 'TIMConvGetConversationListByFilter', before: 'int (const char* filter, TIMCommCallback cb, const void* user_data)', after: 'int (const char* filter, uint64_t next_seq, uint32_t count, TIMCommCallback cb, const void* user_data)' },
      { change: 'added', kind: 'parameter', name: 'TIMConvGetConversationListByFilter(count)', after: 'uint32_t', owner: 'function' },
      { change: 'added', kind: 'parameter', name: 'TIMConvGetConversationListByFilter(next_seq)', after: 'uint64_t', owner: 'function' },
    ]);
    assert.ok(changes.some((c) => c.change === 'removed' && c.name === 'TIMConversationListFilter.conversation_list_filter_next_seq'));
    assert.ok(changes.some((c) => c.change === 'added' && c.kind === 'parameter' && c.name === 'TIMConvConversationsDeletedFromGroupCallback(reason)'));
  });

  it('the oldest version lacks the conversation groups, marks and filters 8.0.5906 has', () => {
    const oldest = row('1.4.10-2');
    assert.equal(oldest.summary!.counts.functions, 10);
    const added = diffSurfaces(oldest.surface!, row('8.0.5906').surface!).filter((c) => c.kind === 'function' && c.change === 'added').map((c) => c.name);
    for (const f of ['TIMConvGetConversationListByFilter', 'TIMConvMarkConversation', 'TIMConvCreateConversationGroup', 'TIMSetConvConversationGroupCreatedCallback']) assert.ok(added.includes(f), f);
    // The x86-64 build inside 2.0.2 carries headers of the same age as 1.4.10-2.
    assert.deepEqual(row('2.0.2 include1').summary!.counts, { ...oldest.summary!.counts });
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`fixture ${name}: changes exactly what it adds`, () => {
      const r = row(`fixture ${name}`);
      assert.deepEqual(changesOf(r, rows), expected);
    });
  }

  it('a dangling @ref is one warning and keeps the key, typed by its base (an object stays a loose object)', () => {
    const r = row('fixture dangling-ref');
    assert.equal(r.summary!.warnings.length, 2);
    assert.match(r.summary!.warnings[0], /^TIMFixturePushAndroid\.h:9: .*oppo_notify_level refers to "TIMFixtureVendorNotifyLevel", which no header declares/);
    assert.match(r.summary!.warnings[1], /^TIMFixturePushAndroid\.h:11: .*oppo_style refers to "TIMFixtureVendorStyle", which no header declares/);
    const props = readSchema(r, 'struct/AndroidOfflinePushConfig.json').properties;
    const level = props.android_offline_push_config_oppo_notify_level;
    assert.deepEqual({ type: level.type, minimum: level.minimum, maximum: level.maximum, xType: level['x-type'] }, { type: 'integer', minimum: 0, maximum: 4294967295, xType: 'uint @ref TIMFixtureVendorNotifyLevel' });
    const style = props.android_offline_push_config_oppo_style;
    assert.deepEqual({ type: style.type, xType: style['x-type'] }, { type: 'object', xType: 'object @ref TIMFixtureVendorStyle' });
  });

  it('since-versions in ///, // and /** */ comments are recorded', () => {
    assert.equal(readSchema(row('fixture message-keys-added'), 'struct/Message.json').properties.message_disable_cloud_message_pre_hook['x-since'], '8.1');
    assert.equal(readSchema(row('fixture doc-block-comments'), 'struct/OfflinePushConfig.json').properties.offline_push_config_fixture_scheduled_at['x-since'], '8.4');
  });

  it('"enum" before a parameter type leaves the function schema as it was', () => {
    const r = row('fixture enum-param-keyword');
    assert.equal(readFileSync(join(r.schemaDir!, 'api', 'TIMConvPinConversation.json'), 'utf8'), readFileSync(join(schemaDir, 'api', 'TIMConvPinConversation.json'), 'utf8'));
  });
});
