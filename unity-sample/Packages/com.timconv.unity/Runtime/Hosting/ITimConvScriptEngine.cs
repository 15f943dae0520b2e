using System;

namespace TimConv.Hosting
{
    /// <summary>
    /// The few things a host needs from a script engine, whatever Puerts version runs underneath:
    /// Puerts 2.x's JsEnv and Puerts 3.x's ScriptEnv both fit behind it (TimConvScriptEngines).
    /// </summary>
    public interface ITimConvScriptEngine : IDisposable
    {
        /// <summary>Runs an ES module by its Resources path, for example "conversation-groups/main.mjs".</summary>
        void ExecuteModule(string specifier);

        /// <summary>Runs the engine's due timers and pending promise jobs; once per frame.</summary>
        void Tick();
    }
}
