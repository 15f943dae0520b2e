// The IR of the C signatures: callback typedefs, conversation functions and listener setters (from
// the schemas), the listeners they register, and the fixed SDK session functions (session-api.ts).
import { SchemaError, type LoadedSchema, type Schema } from './load-schemas.ts';
import type { IrCallback, IrFunction, IrListener, IrParam } from './model.ts';
import { csFacadeMethodName, csListenerSetterName, functionTsName, listenerEventName, lowerFirst } from './naming.ts';
import { schemaParam, signatureParam, type ParamScope } from './params.ts';
import { ann, must, type Node } from './schema-reader.ts';
import { SESSION_FUNCTIONS, SESSION_HEADER } from './session-api.ts';
import { tsFromSdk, typeOf } from './value-types.ts';
import { byKey } from '../order.ts';

const paramsOf = (doc: Schema, file: string, scope: ParamScope) =>
  must(doc, 'x-params', file).map((p, i) => schemaParam(p, (doc.properties ?? {}) as Node, file, i, scope));

const csReturnOf = (cReturn: string) => (cReturn === 'void' ? 'void' : 'int');

/** The facade delegate of a callback: System.Action over the facade types of its parameters. */
function facadeDelegate(ps: IrParam[]): Pick<IrCallback, 'csFacadeDelegate' | 'csFacadeTypeArgs' | 'csFacadeNeedsAot' | 'csFacadeTs'> {
  const values = ps.filter((p) => p.role !== 'user_data');
  const cs = values.map((p) => p.csFacade!);
  const ts = values.map((p) => p.csFacadeTs!);
  const typeArgs = cs.join(', ');
  return {
    csFacadeDelegate: cs.length ? `Action<${typeArgs}>` : 'Action',
    csFacadeTypeArgs: typeArgs,
    csFacadeNeedsAot: cs.some((t) => t !== 'string'),
    csFacadeTs: ts.length ? `System.Action$${ts.length}<${ts.join(', ')}>` : 'System.Action',
  };
}

export function buildCallback({ file, schema }: LoadedSchema, scope: ParamScope): IrCallback {
  const ps = paramsOf(schema, file, scope).map((p) => (p.role === 'json' && p.type ? { ...p, ts: tsFromSdk(p.type) } : p));
  return {
    cName: String(schema.title), header: must(schema, 'x-header', file), description: String(schema.description ?? ''),
    params: ps, schemaFile: file, ...facadeDelegate(ps),
  };
}

function resultOf(schema: Schema, file: string): IrFunction['result'] {
  const result = schema.$defs && (schema.$defs as Node).result;
  if (result) {
    const type = typeOf(result, file, '#/$defs/result');
    const optional = ann(schema, 'x-result-optional', file) === true;
    return { kind: 'json', type, ts: optional ? `${tsFromSdk(type)} | undefined` : tsFromSdk(type), description: String(result.description ?? ''), optional };
  }
  return ann(schema, 'x-result', file) === 'unknown' ? { kind: 'unknown' } : { kind: 'none' };
}

export function buildFunction({ file, schema }: LoadedSchema, scope: ParamScope): IrFunction {
  const cName = String(schema.title);
  const since = ann(schema, 'x-since', file);
  const listener = ann(schema, 'x-listener', file);
  const cReturn = must(schema, 'x-c-return', file);
  return {
    cName,
    tsName: ann(schema, 'x-ts-name', file) ?? (cName.startsWith('TIMConv') ? functionTsName(cName) : listenerEventName(cName)),
    header: must(schema, 'x-header', file),
    description: String(schema.description ?? ''),
    ...(since ? { since } : {}),
    ...(schema.deprecated ? { deprecated: true } : {}),
    cReturn,
    csReturn: csReturnOf(cReturn),
    params: paramsOf(schema, file, scope),
    sync: ann(schema, 'x-sync', file) === true,
    result: resultOf(schema, file),
    ...(listener ? { listenerCallback: listener } : {}),
    csName: csFacadeMethodName(cName),
    schemaFile: file,
  };
}

/** The listener a TIMSetConv*Callback setter registers. */
export function buildListener(setter: IrFunction, callbacks: ReadonlyMap<string, IrCallback>, schemas: Map<string, LoadedSchema>): IrListener {
  const cb = callbacks.get(setter.listenerCallback!);
  if (!cb) throw new SchemaError(setter.schemaFile, '#/x-listener', `unknown callback ${setter.listenerCallback}`);
  const { schema: doc, file } = schemas.get(`timconv:callback/${cb.cName}`)!;
  const event = ann(doc, 'x-ts-name', file) ?? listenerEventName(setter.cName);
  return {
    event, setter: setter.cName, callback: cb.cName, description: cb.description,
    params: cb.params.filter((p) => p.role !== 'user_data'),
    csSetter: csListenerSetterName(event),
  };
}

/**
 * The fixed SDK lifecycle functions (see session-api.ts), typed by the same crossing rows. A function
 * whose callback typedef is not among the schemas (a partial schema set, as in some tests) is left out.
 */
export function buildSessionFunctions(scope: ParamScope): IrFunction[] {
  const available = SESSION_FUNCTIONS.filter((f) => f.params.every((p) => p.role !== 'callback' || scope.callbacks.has(p.cType)));
  return available.map((f) => {
    const params = f.params.map((p) => signatureParam(p, scope, `${SESSION_HEADER} ${f.cName}`));
    const csName = csFacadeMethodName(f.cName);
    return {
      cName: f.cName, tsName: lowerFirst(csName), header: SESSION_HEADER, description: f.description,
      cReturn: f.cReturn, csReturn: csReturnOf(f.cReturn),
      params, sync: f.sync, result: { kind: 'unknown' as const }, csName, schemaFile: '',
    };
  });
}

export const sortFunctions = (fs: IrFunction[]) => fs.sort(byKey((f) => f.cName));
