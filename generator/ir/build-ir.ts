// Builds the IR from the loaded schemas, one builder per kind (build-functions.ts, build-types.ts).
// Every decision an emitter would otherwise make (TS type text, C# native and facade types, runtime
// parameter kind, 64-bit policy, names) is made in those builders, from the crossing table
// (runtime/crossing.ts) and the naming rules (naming.ts), so the emitters only render.
import { INDEX_ID, type LoadedSchema } from './load-schemas.ts';
import type { Ir } from './model.ts';
import { NATIVE_LIBRARIES } from './native-libraries.ts';
import { upperFirst } from './naming.ts';
import { buildCallback, buildFunction, buildListener, buildSessionFunctions, sortFunctions } from './build-functions.ts';
import { buildEnum, buildStruct, buildUnion, exactInt64Keys, sortEnums, sortStructs, unionMemberships } from './build-types.ts';
import { buildLimits } from './build-limits.ts';
import { buildFlagMasks } from './build-masks.ts';
import type { ParamScope } from './params.ts';
import { docsOfKind } from './schema-reader.ts';
import { SESSION_ENUMS } from './session-api.ts';

export function buildIr(schemas: Map<string, LoadedSchema>): Ir {
  const ofKind = (kind: string) => docsOfKind(schemas, kind);
  const enumDocs = [...ofKind('enum'), ...ofKind('errors')];
  const scope: ParamScope = {
    callbacks: new Set(ofKind('callback').map((s) => String(s.schema.title))),
    enums: new Set([...enumDocs.map((s) => String(s.schema.title)), ...SESSION_ENUMS]),
  };

  const callbacks = ofKind('callback').map((doc) => buildCallback(doc, scope));
  const callbackByName = new Map(callbacks.map((c) => [c.cName, c]));
  const functions = sortFunctions(ofKind('function').map((doc) => buildFunction(doc, scope)));
  const listeners = functions.filter((f) => f.listenerCallback).map((f) => buildListener(f, callbackByName, schemas));
  const unionDocs = ofKind('union');
  const memberships = unionMemberships(unionDocs);
  const structs = sortStructs(ofKind('struct').map((doc) => buildStruct(doc, memberships)));
  const enums = sortEnums(enumDocs.map(buildEnum));

  const index = schemas.get(INDEX_ID);
  return {
    ...(index?.schema['x-sdk'] ? { sdk: index.schema['x-sdk'] as Ir['sdk'] } : {}),
    functions, callbacks, listeners, structs, unions: unionDocs.map(buildUnion), enums,
    exactInt64Keys: exactInt64Keys(structs),
    limits: buildLimits(enumDocs, functions),
    flagMasks: buildFlagMasks([...ofKind('function'), ...ofKind('callback'), ...ofKind('struct')]),
    session: buildSessionFunctions(scope),
    nativeLibraries: NATIVE_LIBRARIES.map((l) => ({ ...l, csMember: upperFirst(l.id) })),
    schemas: new Map([...schemas].filter(([id]) => id !== INDEX_ID)),
  };
}
