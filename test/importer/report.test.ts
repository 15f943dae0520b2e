import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../generator/importer/import-command.ts';
import { formatReport, groupWarnings, summarize } from '../../generator/importer/report.ts';
import { FIXTURES_DIR, layFixture } from '../matrix/entries.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

describe('import report', function () {
  this.timeout(60000);

  it('names the SDK and layout, counts what the API reaches and says there is no warning', () => {
    const { build, report } = runImport(sdkPaths().headersDir, schemaDir, { dryRun: true });
    assert.equal(formatReport(summarize(build), report, true), [
      'SDK: im_electron_sdk 8.0.5906',
      'layout: 13 headers; TIM_API conversation functions in TIMConversationManager.h',
      'imported: 30 functions, 9 callbacks, 39 structs with 287 keys, 26 enums with 174 members',
      'warnings: none',
      'would write 0, unchanged 105, removed 0',
      '',
    ].join('\n'));
  });

  it('lists every warning under its group, and what has no description yet', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'timconv-report-'));
    try {
      const headers = layFixture(sdkPaths().headersDir, join(FIXTURES_DIR, 'dangling-ref'), scratch);
      const { build } = runImport(headers, schemaDir, { dryRun: true, sdkVersion: '8.6.0' });
      const text = formatReport(summarize(build));
      assert.match(text, /^SDK: ImSDK 8\.6\.0$/m);
      assert.match(text, /^warnings: 2\n {2}gaps in the headers \(values kept with a loose type or without access\) \(2\):\n {4}TIMFixturePushAndroid\.h:9: .*\n {4}TIMFixturePushAndroid\.h:11: /m);
      assert.match(text, /^undescribed: 3 item\(s\) have no description in schema\/overlay yet: AndroidOfflinePushConfig\.android_offline_push_config_oppo_notify_level, AndroidOfflinePushConfig\.android_offline_push_config_oppo_style, AndroidOfflinePushConfig\.android_offline_push_config_oppo_category$/m);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('groups warnings by whose move it is', () => {
    const groups = groupWarnings([
      'a.h:1: overlay describes key "k" that struct S does not have',
      'a.h:2: S.k refers to "X", which no header declares as a struct, enum or callback; the value is kept with a loose type',
      'a.h:3: TIMConvX: its TIMCommCallback payload type is unknown, so results are not checked; give "result" in schema/overlay/functions.json',
    ]);
    assert.deepEqual(groups.map((g) => [g.title.split(' (')[0], g.items.length]), [
      ['gaps in the headers', 1], ['overlay entries these headers do not match', 1], ['results that are not checked', 1],
    ]);
  });
});
