// Test-only stand-ins for the Puerts 3.x members the Unity package names, with the signatures Puerts
// 3.x has: ScriptEnv over a Backend, the backends of the v8, quickjs and nodejs packages, and JsEnv
// marked obsolete as 3.x marks it, so code that still uses it fails a build with warnings as errors.
// Only what is used is declared; the attributes are in PuertsConfigStubs.cs. Not shipped.
using System;
using System.Collections.Generic;

namespace Puerts
{
    public class ScriptObject { }

    public abstract class Backend { }

#if !UNITY_WEBGL || UNITY_EDITOR
    // Puerts 3.x leaves its V8 backend out of WebGL player builds.
    public class BackendV8 : Backend { }
#endif

    public class BackendQuickJS : Backend { }

    public class BackendNodeJS : Backend { }

    /// <summary>Records what the host did with it.</summary>
    public class ScriptEnv : IDisposable
    {
        public static readonly List<string> Calls = new List<string>();

        public ScriptEnv(Backend backend, int debugPort = -1) { Calls.Add("new " + backend.GetType().Name); }

        public ScriptObject ExecuteModule(string specifier) { Calls.Add("ExecuteModule " + specifier); return new ScriptObject(); }
        public void Tick() { Calls.Add("Tick"); }
        public void Dispose() { Calls.Add("Dispose"); }

        // Kept by 3.x for old code; it does nothing there.
        public void UsingAction<T1>() { }
        public void UsingAction<T1, T2>() { }
        public void UsingAction<T1, T2, T3>() { }
    }

    [Obsolete("use ScriptEnv instead")]
    public class JsEnv : IDisposable
    {
        public ScriptObject ExecuteModule(string specifier) { return new ScriptObject(); }
        public void Tick() { }
        public void Dispose() { }
        public void UsingAction<T1>() { }
        public void UsingAction<T1, T2>() { }
        public void UsingAction<T1, T2, T3>() { }
    }
}
