// Where the C# output goes inside its target folder. The layout is that of the Unity package
// (unity-sample/Packages/com.timconv.unity): runtime code under Runtime/Generated, compiled into the
// package's TimConv assembly, and editor-only code under Editor/Generated. Copied into a project's
// Assets folder instead, the same paths still work: Unity treats every folder named Editor as editor-only.

export const RUNTIME_DIR = 'Runtime/Generated';
export const EDITOR_DIR = 'Editor/Generated';

/** The package's runtime assembly (its .asmdef name), which link.xml has to name. */
export const PACKAGE_ASSEMBLY = 'TimConv';
/** Where the same code lands when copied into Assets without an assembly definition. */
export const DEFAULT_ASSEMBLY = 'Assembly-CSharp';

/** Rendered from a handlebars template (generator/templates/csharp/*.hbs), by output path. */
export const TEMPLATE_OUTPUTS: { template: string; path: string }[] = [
  { template: 'TimConvLibrary.cs.hbs', path: `${RUNTIME_DIR}/TimConvLibrary.cs` },
  { template: 'TimConvNative.cs.hbs', path: `${RUNTIME_DIR}/TimConvNative.cs` },
  { template: 'TimConvCallbacks.cs.hbs', path: `${RUNTIME_DIR}/TimConvCallbacks.cs` },
  { template: 'TimConvFacade.cs.hbs', path: `${RUNTIME_DIR}/TimConvFacade.cs` },
  { template: 'TimConvStandalone.cs.hbs', path: `${RUNTIME_DIR}/TimConvStandalone.cs` },
  { template: 'TimConvResult.cs.hbs', path: `${RUNTIME_DIR}/TimConvResult.cs` },
  { template: 'TimConvPuertsDelegates.cs.hbs', path: `${RUNTIME_DIR}/TimConvPuertsDelegates.cs` },
  { template: 'link.xml.hbs', path: `${RUNTIME_DIR}/link.xml` },
  { template: 'TimConvPuertsConfig.cs.hbs', path: `${EDITOR_DIR}/TimConvPuertsConfig.cs` },
  { template: 'TimConvNativePlugins.cs.hbs', path: `${EDITOR_DIR}/TimConvNativePlugins.cs` },
];
