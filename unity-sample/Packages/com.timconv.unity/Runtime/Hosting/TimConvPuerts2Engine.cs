#if TIMCONV_PUERTS && !TIMCONV_PUERTS_3
using System;
using Puerts;

namespace TimConv.Hosting
{
    /// <summary>
    /// Puerts 2.x: a JsEnv with the default loader, which reads .mjs modules from Resources. The delegate
    /// types the facade takes are registered for IL2CPP before any script runs.
    /// </summary>
    public sealed class TimConvPuerts2Engine : ITimConvScriptEngine
    {
        private readonly JsEnv env;

        public TimConvPuerts2Engine()
        {
            try
            {
                env = new JsEnv();
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    "timconv: Puerts 2.x could not start its script engine. Each Puerts build carries one backend's "
                    + "native plugin (OpenUPM's com.tencent.puerts.core 2.0.5 is the Node.js build, 2.2.x the V8 one); "
                    + "check that the plugin for this platform is in the project.", e);
            }
            TimConvPuertsDelegates.Register(env);
        }

        public void ExecuteModule(string specifier)
        {
            env.ExecuteModule(specifier);
        }

        public void Tick()
        {
            env.Tick();
        }

        public void Dispose()
        {
            env.Dispose();
        }
    }
}
#endif
