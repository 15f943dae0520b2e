// runtime/generated/sdk-constants.ts: the documented SDK limits and the listener setter names, for
// the runtime and the simulator to import instead of restating them. Codes and event values are the
// enums of types.ts (TIMResult, TIMErrCode, TIMConvEvent).
import type { Ir } from '../../ir/model.ts';
import { exportedConst, printFile } from './project.ts';

/** An `as const` object literal with a doc comment per entry. */
function constObject(entries: { key: string; value: string; doc: string }[]): string {
  const lines = entries.map((e) => `  /** ${e.doc.replace(/\*\//g, '*\\/')} */\n  ${e.key}: ${e.value},`);
  return `{\n${lines.join('\n')}\n} as const`;
}

export function constantsFile(ir: Ir): string {
  const limits = ir.limits.map((l) => ({ key: l.name, value: String(l.value), doc: l.code === undefined ? l.description : `${l.description} Past it: ${l.code}.` }));
  const setters = ir.listeners.map((l) => ({ key: l.event, value: JSON.stringify(l.setter), doc: `Registers the ${l.callback}.` }));
  return printFile('sdk-constants.ts', {
    statements: [
      exportedConst('SDK_LIMITS', 'Limits the SDK documents, by name (schema/overlay/errors.json).', constObject(limits)),
      exportedConst('LISTENER_SETTERS', 'The TIMSetConv*Callback setter of every listener event.', constObject(setters)),
    ],
  });
}
