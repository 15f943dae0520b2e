// Loads the C# handlebars templates (generator/templates/csharp) into a private handlebars instance.
// Files whose name starts with "_" are partials, registered under the rest of their name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/csharp/', import.meta.url));

export type Render = (data: unknown) => string;

let cache: Map<string, Render> | undefined;

/** Every non-partial template by file name (e.g. "TimConvFacade.cs.hbs"), compiled. */
export function templates(): Map<string, Render> {
  if (cache) return cache;
  const hbs = Handlebars.create();
  hbs.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.hbs')).sort();
  for (const f of files.filter((n) => n.startsWith('_'))) {
    // A partial used inside a line must not bring its file's final newline along.
    const text = readFileSync(join(TEMPLATE_DIR, f), 'utf8');
    const inline = !text.trimEnd().includes('\n');
    hbs.registerPartial(f.slice(1, -'.hbs'.length), inline ? text.trimEnd() : text);
  }
  const compiled = new Map<string, Render>();
  for (const f of files.filter((n) => !n.startsWith('_'))) {
    const template = hbs.compile(readFileSync(join(TEMPLATE_DIR, f), 'utf8'), { noEscape: true, strict: true });
    compiled.set(f, (data) => template(data));
  }
  cache = compiled;
  return compiled;
}
