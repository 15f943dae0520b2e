// The runtime's public surface, and the entry of the Puerts bundle (runtime/bundle/build.mjs).
// Everything reachable from here runs without Node: no Node built-ins, no eval.
export { ConversationManager } from './generated/conversation-manager.ts';
export type { ConversationEvents } from './generated/conversation-manager.ts';
export * from './generated/types.ts';
export { SDK_LIMITS } from './generated/sdk-constants.ts';
export { ConversationCore } from './core/conversation-core.ts';
export type { CoreOptions, ErrorContext, ErrorHook, ErrorKind, Timers } from './core/options.ts';
export type { UnknownData, UnknownDataHook } from './core/unknown-data.ts';
export type { Validator, ValidatorSet, ValidationIssue } from './core/validator.ts';
export {
  TimError, describeCode,
  TIM_SUCC, TIM_ERR_SDKUNINIT, TIM_ERR_NOTLOGIN, TIM_ERR_JSON, TIM_ERR_PARAM, TIM_ERR_CONV, TIM_ERR_GROUP,
  TIMCONV_ERR_TIMEOUT, TIMCONV_ERR_DISPOSED, TIMCONV_ERR_INVALID_RESULT, TIMCONV_ERR_BRIDGE,
} from './errors.ts';
export type { Problem, TimErrorInit } from './errors.ts';
export { createJson64, stringify as stringifyJson64 } from './json64.ts';
export type { Json64Codec } from './json64.ts';
export type { Bridge, BridgeArg, CommCallback, ListenerCallback } from './bridge.ts';
export type { ApiTable, FunctionMeta, ListenerMeta, ParamMeta, ParamKind } from './api-meta.ts';
export { API_TABLE } from './generated/api-table.ts';
export { PuertsBridge } from './bridges/puerts/puerts-bridge.ts';
export { SimulatorBridge, ManualClock } from './simulator/index.ts';
export * from './store/index.ts';
export type { SimulatorOptions } from './simulator/index.ts';
