// Naming rules, in one place: how C names become TS names.

/** snake_case -> lowerCamelCase: conversation_id_array -> conversationIdArray. */
export function snakeToCamel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** UpperCamel -> lowerCamel, keeping an all-caps prefix readable: C2CReadTime -> c2cReadTime. */
export function lowerFirst(s: string): string {
  const m = /^[A-Z0-9]+(?=[A-Z][a-z]|$)/.exec(s);
  if (m && m[0].length > 1) return m[0].toLowerCase() + s.slice(m[0].length);
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** TIMConvGetConversationListByFilter -> getConversationListByFilter; TIMConvDelete -> delete. */
export function functionTsName(cName: string): string {
  if (!cName.startsWith('TIMConv')) throw new Error(`${cName} does not start with TIMConv`);
  return lowerFirst(cName.slice('TIMConv'.length));
}

/** TIMSetConvConversationGroupCreatedCallback -> conversationGroupCreated. */
export function listenerEventName(setter: string): string {
  const m = /^TIMSetConv(\w+)Callback$/.exec(setter);
  if (!m) throw new Error(`${setter} is not a TIMSetConv*Callback setter`);
  return lowerFirst(m[1]);
}

/** Upper-cases the first letter: convEvent -> ConvEvent. */
export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// C# keywords that cannot be used as identifiers without an `@`.
const CS_KEYWORDS = new Set(('abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while').split(' '));

/** C parameter name -> C# parameter name: conv_id -> convId, event -> @event. */
export function csParamName(cName: string): string {
  const name = snakeToCamel(cName);
  return CS_KEYWORDS.has(name) ? `@${name}` : name;
}

/** C function -> C# facade method: TIMConvGetConvList -> GetConvList, TIMInit -> Init. */
export function csFacadeMethodName(cName: string): string {
  if (cName.startsWith('TIMConv')) return cName.slice('TIMConv'.length);
  if (cName.startsWith('TIM')) return cName.slice('TIM'.length);
  throw new Error(`${cName} does not start with TIM`);
}

/** Listener event -> C# facade registration method: convEvent -> SetConvEventListener. */
export function csListenerSetterName(event: string): string {
  return `Set${upperFirst(event)}Listener`;
}
