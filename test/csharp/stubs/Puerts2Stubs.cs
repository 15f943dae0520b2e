// Test-only stand-ins for the Puerts 2.x members the generated code and the Unity package name, with
// the signatures Puerts 2.x has, so the code behind TIMCONV_PUERTS compiles (and its registrations
// run) outside Unity, with PuertsConfigStubs.cs. Only what is used is declared: a call to anything
// else fails the build. Not shipped.
using System;
using System.Collections.Generic;

namespace Puerts
{
    public class JSObject { }

    /// <summary>
    /// Records which delegate types were registered, in order, and what the host did: per engine
    /// (Calls, registrations included) and across engines, with their creation (Log).
    /// </summary>
    public class JsEnv : IDisposable
    {
        public static JsEnv Last;
        public static readonly List<string> Log = new List<string>();
        public readonly List<Type> Registered = new List<Type>();
        public readonly List<string> Calls = new List<string>();

        public JsEnv() { Last = this; Log.Add("new JsEnv"); }

        public JSObject ExecuteModule(string specifier) { Record("ExecuteModule " + specifier); return new JSObject(); }
        public void Tick() { Record("Tick"); }
        public void Dispose() { Record("Dispose"); }

        private void Record(string call) { Calls.Add(call); Log.Add(call); }

        public void UsingAction<T1>() { Register(typeof(Action<T1>)); }
        public void UsingAction<T1, T2>() { Register(typeof(Action<T1, T2>)); }
        public void UsingAction<T1, T2, T3>() { Register(typeof(Action<T1, T2, T3>)); }
        public void UsingAction<T1, T2, T3, T4>() { Register(typeof(Action<T1, T2, T3, T4>)); }

        // A registration is one of this engine's calls too, so a check can see it came before the module ran.
        private void Register(Type type) { Registered.Add(type); Calls.Add("UsingAction"); }
    }
}
