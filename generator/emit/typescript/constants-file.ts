// runtime/generated/sdk-constants.ts: the documented SDK limits, the masks of flags enums and the
// listener setter names, for the runtime and the simulator to import instead of restating them.
// Codes and event values are the enums of types.ts (TIMResult, TIMErrCode, TIMConvEvent).
import type { Ir } from '../../ir/model.ts';
import { exportedConst, objectLiteral, printFile } from './project.ts';

export function constantsFile(ir: Ir): string {
  const limits = ir.limits.map((l) => ({ key: l.name, value: l.value, doc: l.code === undefined ? l.description : `${l.description} Past it: ${l.code}.` }));
  const masks = ir.flagMasks.map((m) => ({ key: m.flagsEnum, value: { bigint: BigInt(m.mask) }, doc: `Every bit a ${m.flagsEnum} value may set.` }));
  const setters = ir.listeners.map((l) => ({ key: l.event, value: l.setter, doc: `Registers the ${l.callback}.` }));
  return printFile('sdk-constants.ts', {
    statements: [
      exportedConst('SDK_LIMITS', 'Limits the SDK documents, by name (schema/overlay/errors.json).', objectLiteral(limits, true)),
      exportedConst('FLAG_MASKS', 'The bits the values of each flags enum may set (schema/overlay/enums.json), by enum name.', objectLiteral(masks, true)),
      exportedConst('LISTENER_SETTERS', 'The TIMSetConv*Callback setter of every listener event.', objectLiteral(setters, true)),
    ],
  });
}
