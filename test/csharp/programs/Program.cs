// Entry point of the test program compiled together with the generated C#. Each mode prints one
// line per check: "PASS <name>", "FAIL <name>: <why>" or "SKIP <name>: <why>", or data lines the
// mocha test parses (signatures). Exit code 0 unless the program itself broke.
using System;

namespace TimConvTests
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            string mode = args.Length > 0 ? args[0] : "";
            try
            {
                switch (mode)
                {
                    case "runtime": RuntimeChecks.Run(); FacadeChecks.Run(); return 0;
                    case "hosting": HostingChecks.Run(); return 0;
                    case "platform": PlatformChecks.Run(); return 0;
                    case "signatures": SignatureDump.Run(); return 0;
                    case "puerts": PuertsChecks.Run(); return 0;
                    case "facade": SignatureDump.Facade(); return 0;
                    case "native": return NativeSmoke.Run(args.Length > 1 ? args[1] : "");
                    default:
                        Console.Error.WriteLine("usage: program runtime|hosting|platform|signatures|puerts|facade|native <dir>");
                        return 2;
                }
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("program failed: " + e);
                return 1;
            }
        }
    }

    /// <summary>Runs named checks and prints their outcome, one line each.</summary>
    internal static class Check
    {
        internal static void Run(string name, Action body)
        {
            try
            {
                body();
                Console.WriteLine("PASS " + name);
            }
            catch (Exception e)
            {
                Console.WriteLine("FAIL " + name + ": " + e.GetType().Name + ": " + e.Message.Replace('\n', ' '));
            }
            Console.Out.Flush();
        }

        internal static void That(bool condition, string message)
        {
            if (!condition) throw new Exception(message);
        }

        internal static void Equal<T>(T expected, T actual, string what)
        {
            if (!object.Equals(expected, actual)) throw new Exception(what + ": expected <" + expected + "> but got <" + actual + ">");
        }
    }
}
