// Knowledge the overlay writes once and the importer copies where it applies: named fragments of
// constraints (fragments.json) and the bit mask of a flags enum (its "mask" in enums.json).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildSchemas } from '../../generator/importer/build-schemas.ts';
import { loadOverlay, type Overlay } from '../../generator/importer/overlay.ts';
import { parseHeaderDir } from '../../generator/importer/parse-headers.ts';
import { buildFlagMasks } from '../../generator/ir/build-masks.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

const headers = () => parseHeaderDir(sdkPaths().headersDir);

function build(edit: (o: Overlay) => void = () => {}) {
  const overlay = loadOverlay(join(schemaDir, 'overlay'));
  edit(overlay);
  return buildSchemas(headers(), overlay, null);
}

type Props = Record<string, Record<string, unknown>>;
const propsOf = (r: ReturnType<typeof build>, path: string) => r.docs.find((d) => d.path === path)!.schema.properties as Props;
const FILTER_CALLS = ['TIMConvGetUnreadMessageCountByFilter', 'TIMConvSubscribeUnreadMessageCountByFilter', 'TIMConvUnsubscribeUnreadMessageCountByFilter'];

describe('overlay knowledge written once', () => {
  it('a fragment gives each field that names it the same constraints, under the field\'s own', () => {
    const r = build((o) => { o.fragments.filterSelectsSomething.schema = { ...o.fragments.filterSelectsSomething.schema, minProperties: 2, 'x-error-codes': { minProperties: -3 } }; });
    for (const fn of FILTER_CALLS) {
      const filter = propsOf(r, `api/${fn}.json`).filter;
      assert.deepEqual([filter.minProperties, filter['x-error-codes'], filter.$ref], [2, { minProperties: -3 }, 'timconv:struct/TIMConversationListFilter'], fn);
    }
  });

  it('refuses a fragment no file defines and reports one nobody uses', () => {
    assert.throws(() => build((o) => { o.functions.TIMConvGetUnreadMessageCountByFilter.params!.filter.fragment = 'nope'; }),
      /TIMConvGetUnreadMessageCountByFilter\(filter\): the overlay names the fragment "nope", which no fragments overlay file defines/);
    const r = build((o) => { o.fragments.spare = { description: 'Not used.', schema: { minItems: 1 } }; });
    assert.deepEqual(r.warnings.filter((w) => /fragment/.test(w)), ['schema/overlay/fragments.json:1: overlay fragment spare is used by no key or parameter']);
  });

  it('the mask of a flags enum reaches every x-bitmask rule of a value typed with it, and the IR', () => {
    const r = build((o) => { o.enums.TIMConversationMarkType.mask = '0xff0000000000000f'; });
    const filter = propsOf(r, 'struct/TIMConversationListFilter.json').conversation_list_filter_mark_type;
    const mark = propsOf(r, 'api/TIMConvMarkConversation.json').mark_type;
    assert.deepEqual(filter['x-bitmask'], { mask: '0xff0000000000000f', nonZero: false });
    assert.deepEqual(mark['x-bitmask'], { mask: '0xff0000000000000f', nonZero: true });
    const docs = r.docs.filter((d) => d.path !== 'index.json').map((d) => ({ file: `schema/${d.path}`, schema: d.schema }));
    assert.deepEqual(buildFlagMasks(docs), [{ flagsEnum: 'TIMConversationMarkType', mask: '0xff0000000000000f' }]);
  });

  it('refuses an x-bitmask rule whose enum gives no mask', () => {
    assert.throws(() => build((o) => { delete o.enums.TIMConversationMarkType.mask; }),
      /TIMConvMarkConversation\(mark_type\): x-bitmask takes its mask from the flags enum the field names \("enum"\), and enum TIMConversationMarkType has no "mask" in the overlay/);
  });

  it('the IR refuses two masks for one enum', () => {
    const docs = build().docs.filter((d) => d.path !== 'index.json').map((d) => ({ file: `schema/${d.path}`, schema: structuredClone(d.schema) }));
    const mark = (docs.find((d) => d.file === 'schema/api/TIMConvMarkConversation.json')!.schema.properties as Props).mark_type;
    mark['x-bitmask'] = { mask: '0xf', nonZero: true };
    assert.throws(() => buildFlagMasks(docs), /TIMConversationListFilter\.json at #\/properties\/conversation_list_filter_mark_type\/x-bitmask: mask 0xffffffff0000000f of TIMConversationMarkType differs from 0xf at schema\/api\/TIMConvMarkConversation\.json #\/properties\/mark_type/);
  });
});
