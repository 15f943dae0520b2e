#if TIMCONV_PUERTS_3
// Puerts compiles BackendV8 out of WebGL players (its V8 package has no WebGL plugin), so the V8
// backend counts as installed everywhere else only.
#if TIMCONV_PUERTS_V8 && (!UNITY_WEBGL || UNITY_EDITOR)
#define TIMCONV_V8_BACKEND
#endif
using System;
using Puerts;

namespace TimConv.Hosting
{
    /// <summary>
    /// Puerts 3.x: a ScriptEnv over one of the backend packages installed from the Puerts release
    /// archives (V8, QuickJS or Node.js). Each backend is compiled in only when its package is present
    /// (TIMCONV_PUERTS_V8, TIMCONV_PUERTS_QUICKJS, TIMCONV_PUERTS_NODEJS, set by the package's assembly
    /// definition), so a missing backend is a clear error here instead of a failure inside Puerts.
    /// </summary>
    public sealed class TimConvPuerts3Engine : ITimConvScriptEngine
    {
        private readonly ScriptEnv env;

        /// <param name="backend">"v8", "quickjs" or "nodejs"; null or empty takes the first one installed, in that order.</param>
        public TimConvPuerts3Engine(string backend)
        {
            env = new ScriptEnv(CreateBackend(backend));
        }

        /// <summary>The backends compiled into this build, by name.</summary>
        public static string[] Installed
        {
            get
            {
                var names = new System.Collections.Generic.List<string>();
#if TIMCONV_V8_BACKEND
                names.Add("v8");
#endif
#if TIMCONV_PUERTS_QUICKJS
                names.Add("quickjs");
#endif
#if TIMCONV_PUERTS_NODEJS
                names.Add("nodejs");
#endif
                return names.ToArray();
            }
        }

        private static Backend CreateBackend(string backend)
        {
            string wanted = string.IsNullOrEmpty(backend) ? null : backend.ToLowerInvariant();
#if TIMCONV_V8_BACKEND
            if (wanted == null || wanted == "v8") return new BackendV8();
#endif
#if TIMCONV_PUERTS_QUICKJS
            if (wanted == null || wanted == "quickjs") return new BackendQuickJS();
#endif
#if TIMCONV_PUERTS_NODEJS
            if (wanted == null || wanted == "nodejs") return new BackendNodeJS();
#endif
            string installed = Installed.Length == 0 ? "none" : string.Join(", ", Installed);
            throw new InvalidOperationException(
                "timconv: Puerts 3.x backend \"" + (wanted ?? "any") + "\" is not installed (installed: " + installed + "). "
                + "Add com.tencent.puerts.v8, com.tencent.puerts.quickjs or com.tencent.puerts.nodejs from the Puerts release archives.");
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
