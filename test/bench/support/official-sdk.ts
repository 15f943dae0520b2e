// The official Electron SDK's conversation manager as a benchmark baseline: its compiled dist/tim.js
// from the pinned package (unpacked from the cached tarball into the ignored .cache/official-sdk),
// loaded with its native and Electron modules replaced by stubs. The native stub answers each call
// on the next microtask with the JSON it is given, as the scripted bridge does for our manager. The package is never installed and its native library never loaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
// @ts-expect-error plain .mjs script without types
import { SDK_PACKAGE, SDK_VERSION, cacheDir, ensureSdk } from '../../../scripts/fetch-sdk.mjs';
import { repoRoot } from '../../support/sdk.ts';

const UNPACKED = join(repoRoot, '.cache', 'official-sdk', SDK_VERSION);
const TIM_JS = 'package/dist/tim.js';

/** What the SDK's TIMCommCallback-based methods resolve with. */
export interface OfficialResult { code: number; desc: string; json_param: unknown; json_params: unknown; user_data: string }

/** The subset of the SDK's conversation manager the benchmark calls. */
export interface OfficialConversationManager {
  TIMConvGetConversationListByFilter(req: { params: Record<string, unknown>; user_data?: string }): Promise<OfficialResult>;
  TIMConvGetTotalUnreadMessageCount(req: { user_data?: string }): Promise<OfficialResult>;
}

export interface OfficialSdk {
  manager: OfficialConversationManager;
  /** How many times the SDK called each native function (the benchmark checks what it timed). */
  calls: Map<string, number>;
}

function timJs(): string {
  const file = join(UNPACKED, TIM_JS);
  if (!existsSync(file)) {
    const tarball = join(cacheDir as string, `${SDK_PACKAGE}-${SDK_VERSION}.tgz`);
    if (!existsSync(tarball)) ensureSdk();
    if (!existsSync(tarball)) throw new Error(`official SDK baseline: ${tarball} is missing (run npm run sdk)`);
    mkdirSync(UNPACKED, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', UNPACKED, TIM_JS]);
  }
  return readFileSync(file, 'utf8');
}

/**
 * Loads the SDK's main class and returns its conversation manager over a stubbed native layer that
 * answers each conversation function with `answers[name]`.
 */
export function loadOfficialSdk(answers: Record<string, string>): OfficialSdk {
  const calls = new Map<string, number>();
  // ffi-rs as the SDK uses it: open() a library, load() to call a function with typed arguments;
  // funcConstructor wraps a JS callback. Only the conversation functions are answered.
  const ffi = {
    open: () => undefined,
    load(req: { funcName: string; paramsValue: unknown[] }): number {
      const text = answers[req.funcName];
      if (text === undefined) throw new Error(`official SDK stub: ${req.funcName} is not part of the benchmark`);
      const done = req.paramsValue.find((v): v is (...a: unknown[]) => void => typeof v === 'function');
      if (!done) throw new Error(`official SDK stub: ${req.funcName} passed no callback`);
      calls.set(req.funcName, (calls.get(req.funcName) ?? 0) + 1);
      Promise.resolve().then(() => done(0, '', text, ''));
      return 0;
    },
    DataType: new Proxy({}, { get: (_t, key) => String(key) }),
    funcConstructor: (shape: unknown) => shape,
  };
  const electron = { app: { isPackaged: false } };
  const refuse = (name: string) => () => { throw new Error(`official SDK stub: ${name} is not part of the benchmark`); };
  const nodeRequire = createRequire(import.meta.url);
  const stubs: Record<string, unknown> = { 'ffi-rs': ffi, electron, 'json-bigint-parse': refuse('json-bigint-parse') };
  const requireStub = (name: string) => (name in stubs ? stubs[name] : ['path', 'os', 'fs'].includes(name) ? nodeRequire(name) : refuse(name)());
  const module = { exports: {} as unknown };
  const quiet = { ...console, log: () => undefined };
  compileFunction(timJs(), ['exports', 'require', 'module', 'console'], { filename: 'tim.js' })(module.exports, requireStub, module, quiet);
  const TimMain = module.exports as new (config: { sdkappid: number }) => { getConversationManager(): OfficialConversationManager };
  return { manager: new TimMain({ sdkappid: 1400000000 }).getConversationManager(), calls };
}
