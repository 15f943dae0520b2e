// Checks of the two MonoBehaviours that drive a script: the package's TimConvScriptRunner and the
// sample's SampleFrame, run on Mono against the UnityEngine and Puerts stand-ins. Unity calls their
// messages (Update, LateUpdate, OnApplicationQuit, OnDestroy) by name; so do these checks.
using System;
using System.Collections.Generic;
using System.Reflection;
using TimConv;
using TimConv.Hosting;
using TimConvSample;
using UnityEngine;

namespace TimConvTests
{
    internal static class RunnerChecks
    {
        internal static void Run()
        {
            Check.Run("runner: Begin creates the engine and runs the entry module once, however often it is called", () =>
            {
                ClearEngineLog();
                var runner = NewRunner();
                Check.That(!runner.IsRunning, "running before Begin");
                runner.Begin();
                runner.Begin();
                Check.That(runner.IsRunning, "running after Begin");
                Check.Equal(EngineCreated + ",ExecuteModule conversation-groups/main.mjs", EngineLog(), "engine calls");
                Send(runner, "OnDestroy");
            });

            Check.Run("runner: every Update delivers the SDK's callbacks, then ticks the engine once it runs", () =>
            {
                ClearEngineLog();
                var runner = NewRunner();
                var seen = new List<string>();
                TimConvMainThread.Post(() => seen.Add("login answered"));
                Send(runner, "Update");
                Check.Equal("login answered", string.Join(",", seen.ToArray()), "delivered before Begin");
                runner.Begin();
                TimConvMainThread.Post(() => seen.Add("callback, engine ticked " + EngineLog().Split(',').Length));
                Send(runner, "Update");
                Check.Equal(EngineCreated + ",ExecuteModule conversation-groups/main.mjs,Tick", EngineLog(), "engine calls");
                Check.Equal("login answered|callback, engine ticked 2", string.Join("|", seen.ToArray()), "callbacks");
                Send(runner, "OnDestroy");
            });

            Check.Run("runner: quit then destroy shut down once (release, engine, SDK); Begin and Update do nothing afterwards", () =>
            {
                ClearEngineLog();
                var runner = NewRunner();
                var steps = new List<string>();
                runner.ShutDownSdk = () => steps.Add("sdk shut down after " + EngineLog());
                runner.Begin();
                TimConvMainThread.Post(() => steps.Add("a callback queued before quitting ran"));
                Send(runner, "OnApplicationQuit");
                Send(runner, "OnDestroy");
                Check.Equal("sdk shut down after " + EngineCreated + ",ExecuteModule conversation-groups/main.mjs,Dispose", string.Join("|", steps.ToArray()), "steps");
                Check.That(!runner.IsRunning, "running after shutdown");
                runner.Begin();
                TimConvMainThread.Post(() => steps.Add("a callback queued after quitting ran"));
                Send(runner, "Update");
                Check.Equal(1, steps.Count, "steps after shutdown");
                Check.Equal(EngineCreated + ",ExecuteModule conversation-groups/main.mjs,Dispose", EngineLog(), "engine calls after shutdown");
                TimConvMainThread.Clear();
            });

            Check.Run("sample frame: calls the script's frame hook in LateUpdate only while the runner's engine runs, and drops it when destroyed", () =>
            {
                int frames = 0;
                SampleHost.Frame = () => frames++;
                var frame = new GameObject("frame").AddComponent<SampleFrame>();
                Send(frame, "LateUpdate");
                var runner = NewRunner();
                frame.Runner = runner;
                Send(frame, "LateUpdate");
                Check.Equal(0, frames, "frames before the engine runs");
                runner.Begin();
                Send(frame, "LateUpdate");
                Send(frame, "LateUpdate");
                Check.Equal(2, frames, "frames while it runs");
                Send(runner, "OnDestroy");
                Send(frame, "LateUpdate");
                Check.Equal(2, frames, "frames after the runner shut down");
                Send(frame, "OnDestroy");
                Check.That(SampleHost.Frame == null, "the hook survived its frame");
            });
        }

        internal static TimConvScriptRunner NewRunner()
        {
            var runner = new GameObject("runner").AddComponent<TimConvScriptRunner>();
            runner.EntryModule = "conversation-groups/main.mjs";
            return runner;
        }

        /// <summary>Calls a Unity message (a private method) the way the engine does, by name.</summary>
        internal static void Send(object behaviour, string message)
        {
            MethodInfo method = behaviour.GetType().GetMethod(message, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
            if (method == null) throw new Exception(behaviour.GetType().Name + " has no " + message);
            try
            {
                method.Invoke(behaviour, null);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException;
            }
        }

#if TIMCONV_PUERTS_3
        private const string EngineCreated = "new BackendQuickJS";

        internal static void ClearEngineLog() { Puerts.ScriptEnv.Calls.Clear(); }

        /// <summary>What the Puerts stand-in saw since ClearEngineLog, comma-separated.</summary>
        internal static string EngineLog() { return string.Join(",", Puerts.ScriptEnv.Calls.ToArray()); }
#else
        private const string EngineCreated = "new JsEnv";

        internal static void ClearEngineLog() { Puerts.JsEnv.Log.Clear(); }

        /// <summary>What the Puerts stand-in saw since ClearEngineLog, comma-separated.</summary>
        internal static string EngineLog() { return string.Join(",", Puerts.JsEnv.Log.ToArray()); }
#endif
    }
}
