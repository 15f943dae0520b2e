// Prints what the compiler made of the generated native declarations, read back by reflection, one
// tab-separated line each, for the mocha test to compare with the C headers:
//   FUNC <entry point> <return type> <calling convention> <library> <name>=<type>[:<marshal as>] ...
//   CALLBACK <delegate> <return type> <calling convention> - <name>=<type>[:<marshal as>] ...
using System;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using TimConv;

namespace TimConvTests
{
    internal static class SignatureDump
    {
        internal static void Run()
        {
            Assembly generated = typeof(TimConvFacade).Assembly;
            Type native = generated.GetType("TimConv.TimConvNative", true);
            foreach (MethodInfo m in native.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if ((m.Attributes & MethodAttributes.PinvokeImpl) == 0) continue;
                var import = (DllImportAttribute)m.GetCustomAttributes(typeof(DllImportAttribute), false).Single();
                Console.WriteLine("FUNC\t" + import.EntryPoint + "\t" + TypeName(m.ReturnType) + "\t" + import.CallingConvention + "\t" + import.Value + Params(m));
            }
            foreach (Type t in generated.GetTypes().Where(t => t.Namespace == "TimConv" && t.IsSubclassOf(typeof(MulticastDelegate))).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var ufp = (UnmanagedFunctionPointerAttribute)t.GetCustomAttributes(typeof(UnmanagedFunctionPointerAttribute), false).SingleOrDefault();
                MethodInfo invoke = t.GetMethod("Invoke");
                Console.WriteLine("CALLBACK\t" + t.Name + "\t" + TypeName(invoke.ReturnType) + "\t" + (ufp == null ? "none" : ufp.CallingConvention.ToString()) + "\t-" + Params(invoke));
            }
        }

        /// <summary>
        /// The public surface of TimConvFacade, for the typings test:
        ///   METHOD <name> <return type> <name>=<type> ...     PROPERTY <name> <type>
        /// </summary>
        internal static void Facade()
        {
            Type facade = typeof(TimConvFacade);
            foreach (MethodInfo m in facade.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.DeclaringType == facade && !m.IsSpecialName).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                Console.WriteLine("METHOD\t" + m.Name + "\t" + TypeName(m.ReturnType) + string.Concat(m.GetParameters().Select(p => "\t" + p.Name + "=" + TypeName(p.ParameterType)).ToArray()));
            }
            foreach (PropertyInfo p in facade.GetProperties(BindingFlags.Public | BindingFlags.Static).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                Console.WriteLine("PROPERTY\t" + p.Name + "\t" + TypeName(p.PropertyType));
            }
        }

        private static string Params(MethodInfo m)
        {
            return string.Concat(m.GetParameters().Select(p =>
            {
                var marshal = (MarshalAsAttribute)p.GetCustomAttributes(typeof(MarshalAsAttribute), false).SingleOrDefault();
                return "\t" + p.Name + "=" + TypeName(p.ParameterType) + (marshal == null ? "" : ":" + marshal.Value);
            }).ToArray());
        }

        private static string TypeName(Type t)
        {
            if (t.Namespace == "TimConv") return t.Name;
            if (!t.IsGenericType) return t.FullName;
            Type open = t.GetGenericTypeDefinition();
            return open.FullName + "<" + string.Join(",", t.GetGenericArguments().Select(TypeName).ToArray()) + ">";
        }
    }
}
