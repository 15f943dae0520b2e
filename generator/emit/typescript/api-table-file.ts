// runtime/generated/api-table.ts: the data the runtime core runs every call and listener from.
import { StructureKind } from 'ts-morph';
import type { ApiTable, FunctionMeta, ListenerMeta, ParamMeta } from '../../../runtime/api-meta.ts';
import type { Ir, IrParam } from '../../ir/model.ts';
import { exportedConst, printFile } from './project.ts';
import { validatorNames } from '../validators/names.ts';

const paramMeta = (p: IrParam): ParamMeta => ({ name: p.cName, tsName: p.tsName, kind: p.kind! });

export function apiTable(ir: Ir): ApiTable {
  const functions: Record<string, FunctionMeta> = {};
  for (const f of ir.functions.filter((x) => !x.listenerCallback)) {
    const names = validatorNames(f.cName);
    const errorCodes: Record<string, number> = {};
    for (const p of f.params) for (const [kw, code] of Object.entries(p.errorCodes ?? {})) errorCodes[`/${p.cName} ${kw}`] = code;
    functions[f.cName] = {
      cName: f.cName,
      tsName: f.tsName,
      params: f.params.filter((p) => p.kind).map(paramMeta),
      sync: f.sync,
      result: f.result.kind,
      inputValidator: names.input,
      ...(f.result.kind === 'json' ? { resultValidator: names.result } : {}),
      ...(f.result.kind === 'json' && f.result.optional ? { resultOptional: true } : {}),
      ...(Object.keys(errorCodes).length ? { errorCodes } : {}),
      ...(f.deprecated ? { deprecated: true } : {}),
    };
  }
  const listeners: Record<string, ListenerMeta> = {};
  for (const l of ir.listeners) {
    // A listener's JSON list may arrive as "" (the sync events send that); the core reads it as [].
    const params = l.params.map((p) => (p.kind === 'json' && p.type?.kind === 'array' ? { ...paramMeta(p), list: true as const } : paramMeta(p)));
    listeners[l.event] = { event: l.event, setter: l.setter, callback: l.callback, params, validator: validatorNames(l.callback).args };
  }
  return { functions, listeners, exactInt64Keys: ir.exactInt64Keys, ...(ir.sdk ? { sdk: ir.sdk } : {}) };
}

export function apiTableFile(ir: Ir): string {
  return printFile('api-table.ts', {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../api-meta.ts', namedImports: ['ApiTable'] },
      exportedConst('API_TABLE', 'Every conversation function and listener, as data the runtime core runs them from.', JSON.stringify(apiTable(ir), null, 2), 'ApiTable'),
    ],
  });
}
