// Checks of the Puerts glue (compiled against the Puerts 2.x or 3.x stand-ins): every delegate type
// the facade takes appears in the [Binding] list, and under 2.x every one with a value-type argument
// is registered with JsEnv.UsingAction.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TimConv;

namespace TimConvTests
{
    internal static class PuertsChecks
    {
        internal static void Run()
        {
            List<Type> facadeDelegates = typeof(TimConvFacade).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .SelectMany(m => m.GetParameters()).Select(p => p.ParameterType)
                .Where(t => typeof(Delegate).IsAssignableFrom(t)).Distinct().ToList();

            Check.Run("facade methods take only string, int, bool, double and Action delegates of those", () =>
            {
                var allowed = new HashSet<Type> { typeof(string), typeof(int), typeof(bool), typeof(double) };
                foreach (MethodInfo m in typeof(TimConvFacade).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.DeclaringType == typeof(TimConvFacade)))
                {
                    Check.That(m.ReturnType == typeof(void) || allowed.Contains(m.ReturnType), m.Name + " returns " + m.ReturnType);
                    foreach (ParameterInfo p in m.GetParameters())
                    {
                        Type t = p.ParameterType;
                        bool ok = allowed.Contains(t)
                            || (t.IsGenericType && t.FullName.StartsWith("System.Action`", StringComparison.Ordinal) && t.GetGenericArguments().All(allowed.Contains) && t.GetGenericArguments().Length <= 4);
                        Check.That(ok, m.Name + " takes " + t);
                    }
                }
            });

            Check.Run("the [Binding] list holds every delegate type the facade takes and not the facade (its typing is ours)", () =>
            {
                Type config = typeof(TimConvFacade).Assembly.GetType("TimConv.TimConvPuertsConfig", true);
                Check.That(config.GetCustomAttributes(typeof(Puerts.ConfigureAttribute), false).Length == 1, "[Configure] on the class");
                PropertyInfo property = config.GetProperty("Bindings", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
                Check.That(property != null && property.GetCustomAttributes(typeof(Puerts.BindingAttribute), false).Length == 1, "[Binding] Bindings property");
                var listed = new HashSet<Type>((IEnumerable<Type>)property.GetValue(null, null));
                Check.That(facadeDelegates.Count > 0, "the facade takes no delegate: nothing to compare the list with");
                Check.That(!listed.Contains(typeof(TimConvFacade)), "the facade is not listed");
                foreach (Type d in facadeDelegates) Check.That(listed.Contains(d), "lists " + d);
                Check.Equal(facadeDelegates.Count, listed.Count, "nothing else listed");
                Check.That(config.GetProperties(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).All(p => p.GetCustomAttributes(typeof(Puerts.TypingAttribute), false).Length == 0), "no [Typing] list");
            });

#if !TIMCONV_PUERTS_3
            Check.Run("UsingAction is registered for every facade delegate with a value-type argument", () =>
            {
                var env = new Puerts.JsEnv();
                TimConvPuertsDelegates.Register(env);
                var expected = facadeDelegates.Where(d => d.GetGenericArguments().Any(a => a.IsValueType)).ToList();
                Check.That(expected.Count > 0, "no facade delegate has a value-type argument: nothing to compare the registrations with");
                foreach (Type d in expected) Check.That(env.Registered.Contains(d), "registered " + d);
                Check.Equal(expected.Count, env.Registered.Distinct().Count(), "registrations");
            });
#endif
        }
    }
}
