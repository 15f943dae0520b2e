// An overlay type fix ("type" of a key or JSON parameter) decides the value's type all the way
// to the IR: an integer fix gives the C value kind the fix names, whether the header left the key
// untyped or gave another type, and the header's own words stay visible for the diff.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { buildSchemas } from '../../generator/importer/build-schemas.ts';
import { loadOverlay, type Overlay } from '../../generator/importer/overlay.ts';
import { parseHeaderDir } from '../../generator/importer/parse-headers.ts';
import { surfaceFromDocs } from '../../generator/importer/surface.ts';
import { buildIr } from '../../generator/ir/build-ir.ts';
import type { LoadedSchema } from '../../generator/ir/load-schemas.ts';
import type { Ir } from '../../generator/ir/model.ts';
import { tsOf, typeOf } from '../../generator/ir/value-types.ts';
import { schemaDir, sdkPaths } from '../support/sdk.ts';

/** Imports the pinned headers with an edited copy of the overlay, all in memory. */
function importWith(edit: (o: Overlay) => void) {
  const overlay = loadOverlay(join(schemaDir, 'overlay'));
  edit(overlay);
  const { docs } = buildSchemas(parseHeaderDir(sdkPaths().headersDir), overlay, null);
  const loaded = new Map<string, LoadedSchema>(docs.filter((d) => d.path !== 'index.json').map((d) => [String(d.schema.$id), { file: `schema/${d.path}`, schema: d.schema }]));
  return { docs, ir: buildIr(loaded) };
}

const keyOf = (ir: Ir, struct: string, key: string) => ir.structs.find((s) => s.name === struct)!.fields.find((f) => f.key === key)!;

describe('overlay type fixes reach the IR', () => {
  it('"uint" on an untyped key and on a key the header calls uint64 gives uint32 values', () => {
    const { docs, ir } = importWith((o) => {
      const keys = o.structs.Message.keys!;
      keys.message_risk_type_identified = { ...keys.message_risk_type_identified, type: 'uint' };
      keys.message_client_time = { ...keys.message_client_time, type: 'uint' };
      delete keys.message_client_time.int64;
    });
    assert.deepEqual(keyOf(ir, 'Message', 'message_risk_type_identified').type, { kind: 'uint32' });
    assert.deepEqual(keyOf(ir, 'Message', 'message_client_time').type, { kind: 'uint32' });
    const message = docs.find((d) => d.path === 'struct/Message.json')!.schema.properties as Record<string, Record<string, unknown>>;
    assert.deepEqual([message.message_client_time['x-type'], message.message_client_time['x-header-type']], ['uint', 'uint64']);
    assert.deepEqual([message.message_risk_type_identified['x-type'], message.message_risk_type_identified['x-header-type']], ['uint', undefined]);
    // The diff sees the fix and what the header says.
    assert.equal(surfaceFromDocs(docs.map((d) => d.schema)).structs.Message.message_client_time, 'uint (header: uint64), readwrite');
  });

  it('an integer fix inside a JSON parameter ("array uint") types its items', () => {
    const { ir } = importWith((o) => {
      o.functions.TIMConvDeleteConversationList.params!.conversation_id_array.type = 'array uint';
      delete o.functions.TIMConvDeleteConversationList.params!.conversation_id_array.schema;
    });
    const p = ir.functions.find((f) => f.cName === 'TIMConvDeleteConversationList')!.params.find((x) => x.cName === 'conversation_id_array')!;
    assert.deepEqual([p.kind, p.type, p.ts], ['json', { kind: 'array', items: { kind: 'uint32' } }, 'number[]']);
  });

  it('a loose object (a struct the headers never declare) is a JSON object of unknown keys', () => {
    const t = typeOf({ type: 'object', 'x-type': 'object @ref Missing', 'x-c-key': 'kX' }, 'x.json', '#/properties/x');
    assert.deepEqual([t, tsOf(t)], [{ kind: 'object' }, 'Record<string, unknown>']);
  });
});
