// The result the contract child prints, and helpers to read it in the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsolationReport } from '../../../runtime/bridges/node/isolation.ts';
import type { NodeNativeBridgeStats } from '../../../runtime/bridges/node/node-native-bridge.ts';
import { schemaDir } from '../../support/sdk.ts';
import type { CallRecord } from './records.ts';

export interface ContractResult {
  isolation: IsolationReport;
  surfaceSource: string;
  functionsDeclared: number;
  init: number;
  statusAfterInit: number;
  beforeLogin: CallRecord[];
  afterLogin: CallRecord[];
  extras: CallRecord[];
  loginStatuses: { ms: number; status: number }[];
  loginAnswerAfterWait: number | string;
  loginAnswerAfterCalls: number | string;
  loginAnswerFinal: number | string;
  statusAfterCalls: number;
  trampolinesWithListeners: number;
  listeners: { setter: string; set?: string; cleared?: string }[];
  events: { setter: string; args: (string | number | boolean)[]; mainThread: boolean }[];
  logout: number | string;
  uninit: number | string;
  statsBeforeDispose: NodeNativeBridgeStats;
  statsAfterDispose: NodeNativeBridgeStats;
  koffiCallbacksAfterDispose: number;
  threadsBeforeInit: number;
  threadsAfterInit: number;
}

const members = (name: string) =>
  (JSON.parse(readFileSync(join(schemaDir, 'enum', `${name}.json`), 'utf8'))['x-members'] as { value: number }[]).map((m) => m.value);

/** Synchronous return values the SDK documents (TIMResult). */
export const TIM_RESULT = new Set(members('TIMResult'));
/** Callback codes the schemas list (TIMErrCode). */
export const TIM_ERR_CODE = new Set(members('TIMErrCode'));

/** Records as "fn -> record" for one phase. */
export const byFn = (records: CallRecord[]) => new Map(records.map((r) => [r.label, r]));

/** One line per record, for assertion messages. */
export const describeCall = (r: CallRecord) => `${r.label}: rc=${r.rc} ${r.settled} code=${r.code ?? '-'} desc=${JSON.stringify(r.desc ?? '')} json=${(r.json ?? '').slice(0, 100)}`;
