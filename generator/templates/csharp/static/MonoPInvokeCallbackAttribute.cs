using System;

namespace TimConv
{
    /// <summary>
    /// Marks a static method that native code calls through a function pointer. IL2CPP looks for an
    /// attribute with this name in any namespace and then generates the reverse P/Invoke wrapper, so
    /// this copy keeps the code free of a UnityEngine dependency.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    internal sealed class MonoPInvokeCallbackAttribute : Attribute
    {
        public MonoPInvokeCallbackAttribute(Type delegateType)
        {
            DelegateType = delegateType;
        }

        public Type DelegateType { get; private set; }
    }
}
