// The header grammar of every published layout, on small header texts written for these tests.
import { strict as assert } from 'node:assert';
import { parseHeaderText } from '../../generator/importer/parse-headers.ts';
import { HeaderError, type HeaderSet } from '../../generator/importer/model.ts';
import { parseTypeLine } from '../../generator/importer/type-spec.ts';

function parse(files: Record<string, string>): HeaderSet {
  const set: HeaderSet = { dir: '.', files: Object.keys(files), functions: new Map(), callbacks: new Map(), enums: new Map(), structs: new Map() };
  const values = new Map<string, number>();
  for (const [file, text] of Object.entries(files)) parseHeaderText(file, text, set, values);
  return set;
}

const keyOf = (set: HeaderSet, struct: string, key: string) => {
  const k = set.structs.get(struct)?.keys.find((x) => x.key === key);
  assert.ok(k, `${struct}.${key} not parsed`);
  return k;
};

describe('header layouts', () => {
  describe('early single-header layout', () => {
    const set = parse({
      'TIMCloudDef.h': [
        'enum TIMConvType {',
        '    kTIMConv_Invalid, // none',
        '    kTIMConv_C2C,     // one to one',
        '};',
        '// Struct ConvInfo JsonKey',
        'static const char* kTIMConvId        = "conv_id";         // string, 只读, conversation id',
        'static const char* kTIMConvType      = "conv_type";       //uint [TIMConvType](), 只读, kind',
        'static const char* kTIMConvPlatform  = "conv_platform";   //uint, [TIMConvType](), 读写(选填), comma before the link',
        'static const char* kTIMConvGroup     = "conv_group_name"; // string 只写, no comma after the type',
        'static const char* kTIMConvFlag      = "conv_flag";       // bool 读写 no commas at all',
        'static const char* kTIMConvSpaced    = "conv_spaced";     // string,                           只读, access far away',
        'static const char* kTIMConvResult    = "conv_result";     // int [code list](https://example.com/codes), 只读, a prose link',
        'static const char* kTIMConvOwner     = "conv_owner";      // string, 只读, owner, 已废弃',
        'static const char* kTIMConvNoAccess  = "conv_no_access";  //bool, says nothing about access',
        '// EndStruct',
        'static const char* kTIMOutside = "outside_key"; // string, 只读, after EndStruct',
      ].join('\n'),
      'TIMCloudCallback.h': 'typedef void(*TIMCommCallback)(int32_t code, const char* desc, const char* json_params, const void* user_data);',
      'TIMCloud.h': [
        '/**',
        '* @brief 4.4 list by filter (6.5 版本开始)',
        '* @param filter the filter, see @TIMConversationListFilter',
        '*/',
        'TIM_DECL int TIMConvGetConversationListByFilter(const char* filter, TIMCommCallback cb, const void* user_data);',
        'TIM_DECL int TIMConvDelete(const char* conv_id, enum TIMConvType conv_type, TIMCommCallback cb, const void* user_data);',
      ].join('\n'),
    });

    it('reads TIM_DECL functions, their since-version and the @Name reference of a JSON parameter', () => {
      const fn = set.functions.get('TIMConvGetConversationListByFilter')!;
      assert.equal(fn.macro, 'TIM_DECL');
      assert.equal(fn.since, '6.5');
      assert.deepEqual(fn.params.map((p) => [p.cType, p.name, p.refs]), [['const char*', 'filter', ['TIMConversationListFilter']], ['TIMCommCallback', 'cb', []], ['const void*', 'user_data', []]]);
      assert.deepEqual(set.functions.get('TIMConvDelete')!.params[1], { name: 'conv_type', cType: 'TIMConvType', refs: [] });
    });

    it('reads typedefs written without a space before (*', () => {
      assert.deepEqual(set.callbacks.get('TIMCommCallback')!.params.map((p) => p.cType), ['int32_t', 'const char*', 'const char*', 'const void*']);
    });

    it('reads the key comment on the key line in every spelling of the early headers', () => {
      const facts = (k: string) => { const x = keyOf(set, 'ConvInfo', k); return [x.type?.text, x.access, x.required]; };
      assert.deepEqual(facts('conv_id'), ['string', 'read', null]);
      assert.deepEqual(facts('conv_type'), ['uint @ref TIMConvType', 'read', null]);
      assert.deepEqual(facts('conv_platform'), ['uint @ref TIMConvType', 'readwrite', false]);
      assert.deepEqual(facts('conv_group_name'), ['string', 'write', null]);
      assert.deepEqual(facts('conv_flag'), ['bool', 'readwrite', null]);
      assert.deepEqual(facts('conv_spaced'), ['string', 'read', null]);
      assert.deepEqual(facts('conv_result'), ['int', 'read', null]);
      assert.equal(keyOf(set, 'ConvInfo', 'conv_owner').deprecated, true);
    });

    it('keeps a key whose comment gives no access, with a note instead of a problem', () => {
      const k = keyOf(set, 'ConvInfo', 'conv_no_access');
      assert.equal(k.type?.text, 'bool');
      assert.equal(k.access, null);
      assert.equal(k.problem, undefined);
      assert.match(k.note!, /does not say read-only/);
    });

    it('ends the struct at EndStruct: a later key is kept as unsectioned, not added to it', () => {
      assert.equal(set.structs.get('ConvInfo')!.keys.length, 9);
      assert.match(set.structs.get('<unsectioned:TIMCloudDef.h>')!.keys[0].problem!, /outside any struct section/);
    });
  });

  describe('split layout', () => {
    const set = parse({
      'TIMMessageManager.h': [
        '//------------------------------------------------------------------------------',
        '// 9.1 Message(message)',
        '// string, 读写, plain comment',
        'static const char* kTIMMsgSender = "message_sender";',
        '/// bool, 读写, triple-slash comment (8.1 版本起)',
        'static const char* kTIMMsgPreHook = "message_pre_hook";',
        '/// string, 读写, triple-slash with more lines',
        '/// "passive" or "active"',
        'static const char* kTIMMsgLevel = "message_level";',
        '/**',
        ' * uint64, 只读, block comment',
        ' */',
        'static const char* kTIMMsgStamp = "message_stamp";',
        '/** array @ref Message, 只读, one-line block */',
        'static const char* kTIMMsgReplies = "message_replies";',
        'static const char* kTIMMsgUntyped = "message_untyped";',
        '//------------------------------------------------------------------------------',
        '// 9.2 CustomElem',
        '// string, 读写, section title without a note',
        'static const char* kTIMCustomElemData = "custom_elem_data";',
        '/////////////////////////////////////////////////////////////////////////////////',
        '//',
        '//                    九. 废弃字段',
        '//',
        '/////////////////////////////////////////////////////////////////////////////////',
        '//------------------------------------------------------------------------------',
        '// 9.3 Message(message, 废弃字段部分)',
        '// string, 只读, an old key',
        'static const char* kTIMMsgOld = "message_old";',
      ].join('\n'),
    });

    it('reads //, /// and /** */ key comments alike', () => {
      const facts = (k: string) => { const x = keyOf(set, 'Message', k); return [x.type?.text, x.access, x.since ?? null]; };
      assert.deepEqual(facts('message_sender'), ['string', 'readwrite', null]);
      assert.deepEqual(facts('message_pre_hook'), ['bool', 'readwrite', '8.1']);
      assert.deepEqual(facts('message_level'), ['string', 'readwrite', null]);
      assert.deepEqual(facts('message_stamp'), ['uint64', 'read', null]);
      assert.deepEqual(facts('message_replies'), ['array @ref Message', 'read', null]);
    });

    it('keeps a key without any type comment untyped, not failed', () => {
      const k = keyOf(set, 'Message', 'message_untyped');
      assert.equal(k.type, null);
      assert.equal(k.problem, undefined);
    });

    it('accepts a section title without a note and marks keys of a section titled deprecated', () => {
      assert.equal(keyOf(set, 'CustomElem', 'custom_elem_data').type?.text, 'string');
      assert.equal(keyOf(set, 'Message', 'message_old').deprecated, true);
      assert.equal(keyOf(set, 'Message', 'message_sender').deprecated, false);
    });
  });

  describe('declarations seen twice', () => {
    const fn = (sig: string) => `TIM_API int TIMConvPin(${sig});`;
    it('accepts a function declared again with the same signature (enum keyword or not)', () => {
      const set = parse({ 'a.h': fn('const char* id, TIMConvType t'), 'b.h': fn('const char* id, enum TIMConvType t') });
      assert.equal(set.functions.get('TIMConvPin')!.loc.file, 'a.h');
    });
    it('refuses a function declared again with another signature, naming both places', () => {
      assert.throws(() => parse({ 'a.h': fn('const char* id'), 'b.h': fn('const char* id, bool on') }),
        (e: unknown) => e instanceof HeaderError && /^b\.h:1: function TIMConvPin is declared again with another signature \(first at a\.h:1\)$/.test(e.message));
    });
    const cb = (sig: string) => `typedef void (*TIMConvEventCallback)(${sig});`;
    it('accepts a callback typedef declared again with the same parameters, refuses one with others', () => {
      const same = parse({ 'a.h': cb('int event, const char* json'), 'b.h': cb('int  event , const char *json') });
      assert.equal(same.callbacks.get('TIMConvEventCallback')!.loc.file, 'a.h');
      assert.throws(() => parse({ 'a.h': cb('int event, const char* json'), 'b.h': cb('int event, const char* json, const void* user_data') }),
        (e: unknown) => e instanceof HeaderError && /^b\.h:1: callback TIMConvEventCallback is declared again with other parameters \(first at a\.h:1\)$/.test(e.message));
    });
    it('refuses an enum declared twice', () => {
      assert.throws(() => parse({ 'a.h': 'enum E { A };', 'b.h': 'enum E { A, B };' }), /^Error: b\.h:1: enum E is declared again \(first at a\.h:1\)$|b\.h:1: enum E is declared again/);
    });
  });

  describe('declarations in less usual spellings are read, not dropped', () => {
    const set = parse({
      'x.h': [
        '/* kept for old apps */ TIM_API int TIMConvOld(const char* conv_id, TIMCommCallback cb, const void* user_data);',
        '//------------------------------------------------------------------------------',
        '// 1.1 S(s)',
        '/** string, 只读, the id */ static const char* kA = "a";',
        '/* a note */ static const char* kB = "b";',
        'enum TIMOnNextLine',
        '{',
        '    kNext_A = 2,',
        '    kNext_B,',
        '};',
        'typedef enum {',
        '    kAnon_A = 1 << 3,',
        '} TIMTypedefAnon;',
        'typedef enum TIMTag /* its tag */',
        '{',
        '    kTag_A,',
        '} TIMTypedefTagged;',
      ].join('\n'),
    });
    it('a function and a key after a block comment on the same line (the key reads its type from it)', () => {
      assert.deepEqual(set.functions.get('TIMConvOld')!.params.map((p) => p.name), ['conv_id', 'cb', 'user_data']);
      assert.deepEqual([keyOf(set, 'S', 'a').type?.text, keyOf(set, 'S', 'a').access, keyOf(set, 'S', 'a').loc.line], ['string', 'read', 4]);
      assert.equal(keyOf(set, 'S', 'b').type, null);
    });
    it('an enum whose brace is on the next line, and typedef enums named after their body', () => {
      const members = (name: string) => set.enums.get(name)?.members.map((m) => [m.name, m.value]);
      assert.deepEqual(members('TIMOnNextLine'), [['kNext_A', 2], ['kNext_B', 3]]);
      assert.deepEqual(members('TIMTypedefAnon'), [['kAnon_A', 8]]);
      assert.deepEqual(members('TIMTypedefTagged'), [['kTag_A', 0]]);
      assert.equal(set.enums.get('TIMTypedefTagged')!.loc.line, 14);
    });
  });

  describe('unreadable lines fail with file:line: reason', () => {
    const cases: [string, string, RegExp][] = [
      ['a function', 'TIM_API int TIMConvX(const char*);', /^x\.h:1: cannot read parameter "const char\*"$/],
      ['a callback typedef', 'typedef void (*Cb)(int code, );', /^x\.h:1: cannot read parameter ""$/],
      ['an enum member', 'enum E {\n  A = 1,\n  B C,\n};', /^x\.h:3: cannot read enum member "B C" of E$/],
      ['an enum value', 'enum E {\n  A = 1 <<,\n};', /^x\.h:2: enum value "1 <<" ends too early$/],
      ['an unclosed enum', 'enum E {\n  A,', /^x\.h:1: enum E is never closed$/],
      ['an enum whose body does not follow', 'enum E\nint x;', /^x\.h:2: expected the "\{" of enum E, found "int x;"$/],
      ['a typedef enum without its name', 'typedef enum {\n  A\n};', /^x\.h:3: cannot read the type name after the body of typedef enum \(unnamed\)/],
      ['an enum without a name', 'enum { A };', /^x\.h:1: an enum without a name$/],
    ];
    for (const [what, text, expected] of cases) {
      it(what, () => assert.throws(() => parse({ 'x.h': text }), (e: unknown) => e instanceof HeaderError && expected.test(e.message)));
    }
    it('a malformed key comment is kept as the key\'s problem with its line', () => {
      const set = parse({ 'x.h': '//------------------------------------------------------------------------------\n// 1.1 S(s)\n// uint @ref, 只读, no name\nstatic const char* kA = "a";' });
      const k = keyOf(set, 'S', 'a');
      assert.equal(k.loc.line, 3);
      assert.match(k.problem!, /"@ref" without a name/);
    });
  });

  describe('type grammar', () => {
    it('refuses words after the type that are not the access', () => {
      assert.throws(() => parseTypeLine('string text here, 只读'), /unexpected words "text here" after the value type/);
    });
    it('refuses a second type after a reference', () => {
      assert.throws(() => parseTypeLine('uint @ref A [B](), 只读'), /a second type/);
    });
    it('reads nested array element types and untyped element arrays', () => {
      assert.deepEqual(parseTypeLine('array uint64, 只读').type.items, { base: 'uint64', text: 'uint64' });
      assert.equal(parseTypeLine('array elem, 读写(必填)').type.items?.ref, 'elem');
      assert.equal(parseTypeLine('array elem, 读写(必填)').required, true);
    });
  });
});
