// What the conversation API reaches, on small header texts written for these tests.
import { strict as assert } from 'node:assert';
import type { HeaderSet } from '../../generator/importer/model.ts';
import type { Overlay } from '../../generator/importer/overlay.ts';
import { parseHeaderText } from '../../generator/importer/parse-headers.ts';
import { reach } from '../../generator/importer/reach.ts';

function parse(files: Record<string, string>): HeaderSet {
  const set: HeaderSet = { dir: '.', files: Object.keys(files), functions: new Map(), callbacks: new Map(), enums: new Map(), structs: new Map() };
  const values = new Map<string, number>();
  for (const [file, text] of Object.entries(files)) parseHeaderText(file, text, set, values);
  return set;
}

const overlay = (o: Partial<Overlay>): Overlay => ({
  functions: {}, callbacks: {}, structs: {}, enums: {}, unions: {}, errors: { enum: 'TIMErrCode', codes: {} }, fragments: {}, roots: [], ...o,
});

describe('reach', () => {
  // Early layout: the struct holding elem_type is called Elem, like the union the overlay defines
  // over it (whose base the overlay names ElemType, as in later releases).
  const set = parse({
    'TIMCloudDef.h': [
      'enum TIMErrCode { ERR_SUCC };',
      'enum TIMElemType { kTIMElem_Text, kTIMElem_Custom };',
      '// Struct Message JsonKey',
      'static const char* kTIMMsgElemArray = "message_elem_array"; // array [Elem](), 读写, the elements',
      '// EndStruct',
      '// Struct Elem JsonKey',
      'static const char* kTIMElemType = "elem_type"; // uint [TIMElemType](), 读写, which element',
      'static const char* kTIMElemExtra = "elem_extra"; // 读写, no type given',
      '// EndStruct',
      '// Struct TextElem JsonKey',
      'static const char* kTIMTextElemContent = "text_elem_content"; // string, 读写, the text',
      '// EndStruct',
      '// Struct ExtraInfo JsonKey',
      'static const char* kTIMExtraInfoNote = "extra_info_note"; // string, 读写, a note',
      '// EndStruct',
    ].join('\n'),
    'TIMCloudCallback.h': 'typedef void(*TIMCommCallback)(int32_t code, const char* desc, const char* json_params, const void* user_data);',
    'TIMCloud.h': 'TIM_DECL int TIMConvGetConvList(TIMCommCallback cb, const void* user_data);',
  });

  it('follows the keys of a union base named like the union with the overlay fixes given under the base name', () => {
    const r = reach(set, overlay({
      functions: { TIMConvGetConvList: { result: 'array @ref Message' } },
      unions: { Elem: { base: 'ElemType', discriminator: 'elem_type', members: { kTIMElem_Text: 'TextElem' } } },
      structs: { ElemType: { keys: { elem_extra: { type: 'object @ref ExtraInfo' } } } },
    }));
    assert.deepEqual(r.unions.map((u) => [u.name, u.def.base, u.overlayBase]), [['Elem', 'Elem', 'ElemType']]);
    assert.deepEqual(r.structs.map((s) => s.name), ['ExtraInfo', 'Message', 'TextElem']);
    assert.deepEqual([...r.dangling], []);
  });
});
