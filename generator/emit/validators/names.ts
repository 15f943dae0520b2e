// Export names of the precompiled validators, shared by the validators emitter and the API table.
export function validatorNames(cName: string): { input: string; result: string; args: string } {
  return { input: `${cName}_input`, result: `${cName}_result`, args: `${cName}_args` };
}
