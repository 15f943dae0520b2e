// The arguments of a session function (TIMInit, TIMLogin, ...) the bridge's own methods pass:
// named by their C parameter names, each checked against its row like any call's arguments
// (toNative: the error names the function, the parameter, the rule and the value), in C order.
import type { BridgeArg } from '../../bridge.ts';
import { valueParams, type NativeSignature } from '../../native-surface.ts';
import { toNative } from './abi.ts';

export function sessionArgs(decl: NativeSignature, values: Readonly<Record<string, BridgeArg>>): BridgeArg[] {
  const fn = decl.name;
  const params = valueParams(decl);
  for (const name of Object.keys(values)) {
    if (!params.some((p) => p.name === name)) throw new Error(`native surface: ${fn} has no parameter ${name}`);
  }
  return params.map((p) => {
    if (!(p.name in values)) throw new Error(`${fn}: no value for parameter ${p.name}`);
    return toNative(fn, p, values[p.name]);
  });
}
