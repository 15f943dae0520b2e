// Test-only stand-ins for Puerts' code generation attributes, the same in Puerts 2.x and 3.x (its
// editor assembly); compiled with either Puerts2Stubs.cs or Puerts3Stubs.cs. Not shipped.
using System;

namespace Puerts
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ConfigureAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class BindingAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class TypingAttribute : Attribute { }
}
