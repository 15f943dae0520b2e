// Shared test helpers: calling the simulator like the runtime core does, checking every answer
// against the schemas, and recording listener calls.
import { strict as assert } from 'node:assert';
import type { BridgeArg } from '../../runtime/bridge.ts';
import { API_TABLE } from '../../runtime/generated/api-table.ts';
import { createJson64 } from '../../runtime/json64.ts';
import { ManualClock, SimulatorBridge, type SimulatorOptions } from '../../runtime/simulator/index.ts';
import { strictAjv } from '../support/schemas.ts';
import { LISTENER_SETTERS as SETTERS } from '../../runtime/generated/sdk-constants.ts';

export const codec = createJson64(API_TABLE.exactInt64Keys);
export const T0 = 1_700_000_000;

let ajv: ReturnType<typeof strictAjv> | undefined;
function validator(id: string) {
  ajv ??= strictAjv();
  const v = ajv.getSchema(id);
  assert.ok(v, `no schema ${id}`);
  return v;
}

/** Asserts that `value` is valid against schema `id` (a $id, optionally with a JSON pointer). */
export function assertSchema(id: string, value: unknown): void {
  const v = validator(id);
  assert.ok(v(value), `${id}: ${JSON.stringify(v.errors)}\nvalue: ${codec.stringify(value)}`);
}

export interface Sim {
  bridge: SimulatorBridge;
  clock: ManualClock;
}

/** A simulator with a hand-moved clock; logged in as "me" unless `login` is false. */
export function makeSim(options: SimulatorOptions & { login?: boolean } = {}): Sim {
  const clock = new ManualClock(T0);
  const bridge = new SimulatorBridge({ clock: clock.now, ...options });
  if (options.login !== false) bridge.login('me');
  return { bridge, clock };
}

export interface Completion {
  code: number;
  desc: string;
  json: string;
}

/**
 * Calls an asynchronous function and resolves with its completion. Asserts that the synchronous
 * result is 0, that the callback does not run before `call` returns, and that it runs exactly once.
 */
export async function call(bridge: SimulatorBridge, fn: string, args: BridgeArg[]): Promise<Completion> {
  const completions: Completion[] = [];
  let returned = false;
  const r = bridge.call(fn, args, (code, desc, json) => {
    assert.ok(returned, `${fn}: callback ran before call returned`);
    completions.push({ code, desc, json });
  });
  returned = true;
  assert.equal(r, 0, `${fn} returned ${r} synchronously`);
  await bridge.settle();
  assert.equal(completions.length, 1, `${fn}: callback ran ${completions.length} times`);
  return completions[0];
}

/** Calls, asserts code 0 and a result that matches the function's result schema; returns it parsed. */
export async function ok<T = unknown>(bridge: SimulatorBridge, fn: string, args: BridgeArg[]): Promise<T> {
  const c = await call(bridge, fn, args);
  assert.equal(c.code, 0, `${fn} failed: ${c.code} ${c.desc}`);
  assert.equal(c.desc, '');
  if (c.json === '') return undefined as T;
  const value = codec.parse(c.json);
  assertSchema(`timconv:api/${fn}#/$defs/result`, value);
  return value as T;
}

/** Calls and asserts the completion code; returns the completion. */
export async function expectCode(bridge: SimulatorBridge, fn: string, args: BridgeArg[], code: number): Promise<Completion> {
  const c = await call(bridge, fn, args);
  assert.equal(c.code, code, `${fn}: expected ${code}, got ${c.code} (${c.desc})`);
  if (code !== 0) assert.equal(c.json, '');
  return c;
}

export type ConvInfo = Record<string, any>;

export interface OpResult {
  conversation_operation_result_conversation_id: string;
  conversation_operation_result_result_code: number;
  conversation_operation_result_result_info: string;
}

/** The per-conversation codes of an operation result list, keyed by conversation ID. */
export function codesOf(results: OpResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) out[r.conversation_operation_result_conversation_id] = r.conversation_operation_result_result_code;
  return out;
}

export function convKey(info: ConvInfo): string {
  return (info.conv_type === 1 ? 'c2c_' : 'group_') + info.conv_id;
}

export async function convList(bridge: SimulatorBridge): Promise<ConvInfo[]> {
  return ok<ConvInfo[]>(bridge, 'TIMConvGetConvList', []);
}

export async function convByKey(bridge: SimulatorBridge, key: string): Promise<ConvInfo | undefined> {
  return (await convList(bridge)).find((c) => convKey(c) === key);
}

export interface PageResult {
  conversation_list_result_conv_list: ConvInfo[];
  conversation_list_result_next_seq: bigint;
  conversation_list_result_is_finished: boolean;
}

export function page(bridge: SimulatorBridge, filter: object, nextSeq: bigint, count: number): Promise<PageResult> {
  return ok<PageResult>(bridge, 'TIMConvGetConversationListByFilter', [codec.stringify(filter), nextSeq, count]);
}

/** Every conversation a filter lists, paging `size` at a time. */
export async function pageAll(bridge: SimulatorBridge, filter: object, size = 7): Promise<string[]> {
  const out: string[] = [];
  let next = 0n;
  for (let i = 0; i < 10_000; i++) {
    const p = await page(bridge, filter, next, size);
    out.push(...p.conversation_list_result_conv_list.map(convKey));
    if (p.conversation_list_result_is_finished) return out;
    next = p.conversation_list_result_next_seq;
  }
  throw new Error('paging did not finish');
}

/** The generated listener setters under the tests' short event names. */
export const LISTENER_SETTERS: Readonly<Record<string, string>> = {
  convEvent: SETTERS.convEvent,
  totalUnread: SETTERS.totalUnreadMessageCountChanged,
  unreadByFilter: SETTERS.unreadMessageCountChangedByFilter,
  groupCreated: SETTERS.conversationGroupCreated,
  groupDeleted: SETTERS.conversationGroupDeleted,
  groupRenamed: SETTERS.conversationGroupNameChanged,
  addedToGroup: SETTERS.conversationsAddedToGroup,
  deletedFromGroup: SETTERS.conversationsDeletedFromGroup,
};

const CALLBACK_SCHEMAS: Record<string, [string, string[]]> = {
  convEvent: ['TIMConvEventCallback', ['conv_event', 'json_conv_array']],
  totalUnread: ['TIMConvTotalUnreadMessageCountChangedCallback', ['total_unread_count']],
  unreadByFilter: ['TIMConvTotalUnreadMessageCountChangedByFilterCallback', ['filter', 'total_unread_count']],
  groupCreated: ['TIMConvConversationGroupCreatedCallback', ['group_name', 'conversation_array']],
  groupDeleted: ['TIMConvConversationGroupDeletedCallback', ['group_name']],
  groupRenamed: ['TIMConvConversationGroupNameChangedCallback', ['old_name', 'new_name']],
  addedToGroup: ['TIMConvConversationsAddedToGroupCallback', ['group_name', 'conversation_array']],
  deletedFromGroup: ['TIMConvConversationsDeletedFromGroupCallback', ['group_name', 'conversation_array', 'reason']],
};

const JSON_PARAMS = new Set(['json_conv_array', 'conversation_array', 'filter']);

export interface Recorded {
  event: string;
  /** Arguments with JSON text parsed ('' stays ''). */
  args: any[];
  /** Arguments as the listener received them. */
  raw: unknown[];
}

/** Registers all eight listeners; every call is checked against its callback schema and kept. */
export class EventLog {
  readonly events: Recorded[] = [];

  constructor(bridge: SimulatorBridge, only?: string[]) {
    for (const [event, setter] of Object.entries(LISTENER_SETTERS)) {
      if (only && !only.includes(event)) continue;
      bridge.setListener(setter, (...raw) => this.record(event, raw));
    }
  }

  private record(event: string, raw: unknown[]): void {
    const [schema, names] = CALLBACK_SCHEMAS[event];
    assert.equal(raw.length, names.length, `${event} got ${raw.length} arguments`);
    const obj: Record<string, unknown> = {};
    const args = raw.map((a, i) => {
      const v = JSON_PARAMS.has(names[i]) && a !== '' ? codec.parse(a as string) : a;
      obj[names[i]] = v;
      return v;
    });
    // Start and finish carry an empty string instead of an array, as the real SDK sends.
    const emptyStartFinish = event === 'convEvent' && (raw[0] === 3 || raw[0] === 4) && raw[1] === '';
    if (!emptyStartFinish) assertSchema(`timconv:callback/${schema}`, obj);
    this.events.push({ event, args, raw });
  }

  of(event: string): Recorded[] {
    return this.events.filter((e) => e.event === event);
  }

  /** convEvent calls as [kind, conversation keys]. */
  convEvents(): [number, string[]][] {
    return this.of('convEvent').map((e) => [e.args[0], e.args[1] === '' ? [] : (e.args[1] as ConvInfo[]).map(convKey)]);
  }

  clear(): void {
    this.events.length = 0;
  }
}
