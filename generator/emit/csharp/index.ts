// The C# emitter: P/Invoke declarations, callback trampolines, the Puerts facade and its Puerts
// configuration, rendered from handlebars templates (generator/templates/csharp) over a view of the IR.
import { banner, type Emitter, type GeneratedFile } from '../types.ts';
import { templates } from './templates.ts';
import { buildView } from './view-model.ts';

/** Output path (under the target folder) of each template. */
export const CSHARP_FILES: { template: string; path: string }[] = [
  { template: 'TimConvLibrary.cs.hbs', path: 'TimConvLibrary.cs' },
  { template: 'TimConvNative.cs.hbs', path: 'TimConvNative.cs' },
  { template: 'MonoPInvokeCallbackAttribute.cs.hbs', path: 'MonoPInvokeCallbackAttribute.cs' },
  { template: 'TimConvUtf8.cs.hbs', path: 'TimConvUtf8.cs' },
  { template: 'TimConvArgs.cs.hbs', path: 'TimConvArgs.cs' },
  { template: 'TimConvRequests.cs.hbs', path: 'TimConvRequests.cs' },
  { template: 'TimConvMainThread.cs.hbs', path: 'TimConvMainThread.cs' },
  { template: 'TimConvCallbacks.cs.hbs', path: 'TimConvCallbacks.cs' },
  { template: 'TimConvFacade.cs.hbs', path: 'TimConvFacade.cs' },
  { template: 'TimConvStandalone.cs.hbs', path: 'TimConvStandalone.cs' },
  { template: 'TimConvPuertsDelegates.cs.hbs', path: 'TimConvPuertsDelegates.cs' },
  // Puerts reads [Configure] classes from Editor folders only.
  { template: 'TimConvPuertsConfig.cs.hbs', path: 'Editor/TimConvPuertsConfig.cs' },
  { template: 'link.xml.hbs', path: 'link.xml' },
];

export const emitCsharp: Emitter = (ir) => {
  const view = buildView(ir);
  const compiled = templates();
  return CSHARP_FILES.map(({ template, path }): GeneratedFile => {
    const render = compiled.get(template);
    if (!render) throw new Error(`missing C# template ${template}`);
    return { target: 'csharp', path, content: banner(path) + render(view) };
  });
};
