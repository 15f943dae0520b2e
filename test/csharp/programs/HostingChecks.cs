// Checks of the Unity package's hosting code (TimConv.Hosting), run on Mono against the Puerts
// stand-ins: the per-frame and shutdown order between the facade and a script engine, and the engine
// each Puerts version gets. RunnerChecks and SampleStartChecks cover the MonoBehaviours and the
// sample's start-up.
using System;
using System.Collections.Generic;
using TimConv;
using TimConv.Hosting;

namespace TimConvTests
{
    internal static class HostingChecks
    {
        /// <summary>A script engine that records what the host did with it.</summary>
        private sealed class RecordingEngine : ITimConvScriptEngine
        {
            internal readonly List<string> Log = new List<string>();
            internal Action OnDispose;
            public void ExecuteModule(string specifier) { Log.Add("run " + specifier); }
            public void Tick() { Log.Add("tick"); }
            public void Dispose() { Log.Add("dispose"); if (OnDispose != null) OnDispose(); }
        }

        internal static void Run()
        {
            Check.Run("pump delivers the SDK's callbacks first, then ticks the engine", () =>
            {
                var engine = new RecordingEngine();
                TimConvMainThread.Post(() => engine.Log.Add("callback"));
                Check.Equal(1, TimConvScriptPump.Frame(engine), "callbacks delivered");
                Check.Equal("callback,tick", string.Join(",", engine.Log.ToArray()), "order");
            });

            Check.Run("pump ticks the engine when a callback throws, then rethrows that exception", () =>
            {
                var engine = new RecordingEngine();
                TimConvMainThread.Post(() => { throw new InvalidOperationException("from a callback"); });
                TimConvMainThread.Post(() => engine.Log.Add("second callback"));
                try
                {
                    TimConvScriptPump.Frame(engine);
                    throw new Exception("Frame did not rethrow");
                }
                catch (InvalidOperationException e)
                {
                    Check.Equal("from a callback", e.Message, "rethrown exception");
                }
                Check.Equal("second callback,tick", string.Join(",", engine.Log.ToArray()), "what still ran");
            });

            Check.Run("pump delivers callbacks before any engine exists", () =>
            {
                bool ran = false;
                TimConvMainThread.Post(() => ran = true);
                Check.Equal(1, TimConvScriptPump.Frame(null), "callbacks delivered");
                Check.That(ran, "the callback ran");
            });

            Check.Run("shutdown releases the callbacks, then disposes the engine, then shuts the SDK down", () =>
            {
                TimConvFacade.LeaveListenersToOfficialSdk = true; // no SDK here: keep the setters local
                TimConvFacade.SetConvEventListener((convEvent, json) => { });
                TimConvRequests.Add(new Action<int, string, string>((code, desc, json) => { }));
                TimConvMainThread.Post(() => { });
                var engine = new RecordingEngine();
                var steps = new List<string>();
                engine.OnDispose = () => steps.Add("engine disposed; listener " + (TimConvCallbacks.convEventListener == null ? "released" : "still set")
                    + ", requests " + TimConvRequests.Count + ", queued " + TimConvMainThread.Count);
                TimConvScriptPump.Shutdown(engine, () => steps.Add("sdk shut down"));
                Check.Equal("engine disposed; listener released, requests 0, queued 0|sdk shut down", string.Join("|", steps.ToArray()), "steps");
            });

            Check.Run("shutdown still shuts the SDK down when disposing the engine throws", () =>
            {
                var engine = new RecordingEngine { OnDispose = () => { throw new InvalidOperationException("dispose failed"); } };
                bool sdk = false;
                try
                {
                    TimConvScriptPump.Shutdown(engine, () => sdk = true);
                    throw new Exception("Shutdown swallowed the failure");
                }
                catch (InvalidOperationException e)
                {
                    Check.Equal("dispose failed", e.Message, "exception");
                }
                Check.That(sdk, "the SDK was shut down");
            });

            EngineChecks();
            RunnerChecks.Run();
            SampleStartChecks.Run();
        }

        private static void EngineChecks()
        {
#if TIMCONV_PUERTS_3
            Check.Run("Puerts 3.x: the engine is a ScriptEnv on the requested backend, and a missing backend is named", () =>
            {
                Check.Equal("puerts-3", TimConvScriptEngines.Flavor, "flavor");
                Puerts.ScriptEnv.Calls.Clear();
                using (ITimConvScriptEngine engine = TimConvScriptEngines.Create("quickjs"))
                {
                    engine.ExecuteModule("main.mjs");
                    engine.Tick();
                }
                Check.Equal("new BackendQuickJS,ExecuteModule main.mjs,Tick,Dispose", string.Join(",", Puerts.ScriptEnv.Calls.ToArray()), "calls");
                try
                {
                    TimConvScriptEngines.Create("v8");
                    throw new Exception("a missing backend was accepted");
                }
                catch (InvalidOperationException e)
                {
                    Check.That(e.Message.Contains("\"v8\" is not installed (installed: quickjs)"), e.Message);
                }
            });
#elif TIMCONV_PUERTS
            Check.Run("Puerts 2.x: the engine is a JsEnv with the facade's delegates registered before a module runs", () =>
            {
                Check.Equal("puerts-2", TimConvScriptEngines.Flavor, "flavor");
                using (ITimConvScriptEngine engine = TimConvScriptEngines.Create(null))
                {
                    engine.ExecuteModule("main.mjs");
                    engine.Tick();
                }
                Puerts.JsEnv env = Puerts.JsEnv.Last;
                var expected = new Puerts.JsEnv();
                TimConvPuertsDelegates.Register(expected);
                Check.That(expected.Registered.Count > 0, "the facade has delegates to register");
                Check.Equal(string.Join(",", expected.Registered), string.Join(",", env.Registered), "delegates registered");
                string registrations = string.Join(",", expected.Registered.ConvertAll(t => "UsingAction").ToArray());
                Check.Equal(registrations + ",ExecuteModule main.mjs,Tick,Dispose", string.Join(",", env.Calls.ToArray()), "calls, in order");
            });
#endif
        }
    }
}
