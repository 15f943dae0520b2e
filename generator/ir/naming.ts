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
