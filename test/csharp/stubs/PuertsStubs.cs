// Test-only stand-ins for the few Puerts types the generated code and the sample bootstrap name, so
// the code behind TIMCONV_PUERTS compiles (and its registrations run) outside Unity. Not shipped.
using System;
using System.Collections.Generic;

namespace Puerts
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ConfigureAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class BindingAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class TypingAttribute : Attribute { }

    /// <summary>Records which delegate types were registered, in order.</summary>
    public class JsEnv : IDisposable
    {
        public readonly List<Type> Registered = new List<Type>();

        public void ExecuteModule(string specifier) { }
        public void Tick() { }
        public void Dispose() { }

        public void UsingAction<T1>() { Registered.Add(typeof(Action<T1>)); }
        public void UsingAction<T1, T2>() { Registered.Add(typeof(Action<T1, T2>)); }
        public void UsingAction<T1, T2, T3>() { Registered.Add(typeof(Action<T1, T2, T3>)); }
        public void UsingAction<T1, T2, T3, T4>() { Registered.Add(typeof(Action<T1, T2, T3, T4>)); }
    }
}
