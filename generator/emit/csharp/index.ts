// The C# emitter: P/Invoke declarations, callback trampolines, the Puerts facade and its Puerts
// configuration, rendered from handlebars templates (generator/templates/csharp) over a view of the
// IR, plus the static helpers copied as they are. Paths follow the Unity package layout (layout.ts).
import { banner, type Emitter, type GeneratedFile } from '../types.ts';
import { DEFAULT_ASSEMBLY, PACKAGE_ASSEMBLY, TEMPLATE_OUTPUTS } from './layout.ts';
import { staticSources } from './static-sources.ts';
import { templates } from './templates.ts';
import { buildView } from './view-model.ts';
import { byKey } from '../../order.ts';

export const emitCsharp: Emitter = (ir) => {
  const view = buildView(ir, [PACKAGE_ASSEMBLY, DEFAULT_ASSEMBLY]);
  const compiled = templates();
  const rendered = TEMPLATE_OUTPUTS.map(({ template, path }): GeneratedFile => {
    const render = compiled.get(template);
    if (!render) throw new Error(`missing C# template ${template}`);
    return { target: 'csharp', path, content: banner(path) + render(view) };
  });
  return [...rendered, ...staticSources()].sort(byKey((f) => f.path));
};
