// Test-only stand-ins for the Puerts 2.x members the generated code and the Unity package name, with
// the signatures Puerts 2.x has, so the code behind TIMCONV_PUERTS compiles (and its registrations
// run) outside Unity, with PuertsConfigStubs.cs. Only what is used is declared: a call to anything
// else fails the build. Not shipped.
using System;
using System.Collections.Generic;

namespace Puerts
{
    public class JSObject { }

    /// <summary>Records which delegate types were registered, in order, and what the host did.</summary>
    public class JsEnv : IDisposable
    {
        public static JsEnv Last;
        public readonly List<Type> Registered = new List<Type>();
        public readonly List<string> Calls = new List<string>();

        public JsEnv() { Last = this; }

        public JSObject ExecuteModule(string specifier) { Calls.Add("ExecuteModule " + specifier); return new JSObject(); }
        public void Tick() { Calls.Add("Tick"); }
        public void Dispose() { Calls.Add("Dispose"); }

        public void UsingAction<T1>() { Registered.Add(typeof(Action<T1>)); }
        public void UsingAction<T1, T2>() { Registered.Add(typeof(Action<T1, T2>)); }
        public void UsingAction<T1, T2, T3>() { Registered.Add(typeof(Action<T1, T2, T3>)); }
        public void UsingAction<T1, T2, T3, T4>() { Registered.Add(typeof(Action<T1, T2, T3, T4>)); }
    }
}
