// JSDoc comment text for generated declarations.

/** A `/** ... *\/` block at the given indentation; empty when there is nothing to say. */
export function jsdoc(indent: string, lines: string[]): string {
  const body = lines.flatMap((l) => l.replace(/\*\//g, '*\\/').split('\n')).map((l) => l.trimEnd());
  while (body.length && body[body.length - 1] === '') body.pop();
  if (!body.length) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}
