using System;
using UnityEngine;

namespace TimConv.Hosting
{
    /// <summary>
    /// Hosts one script engine for the TimConv facade: every frame it delivers the SDK's callbacks and
    /// then ticks the engine (TimConvScriptPump.Frame); on quit or destruction it releases the
    /// callbacks, disposes the engine and then shuts the SDK down, once. It holds no credentials and no
    /// serialized state: whoever adds it sets the properties in code and calls <see cref="Begin"/>.
    /// </summary>
    public sealed class TimConvScriptRunner : MonoBehaviour
    {
        private ITimConvScriptEngine engine;
        private bool shutDown;

        /// <summary>The ES module to run, by its Resources path (for example "conversation-groups/main.mjs").</summary>
        public string EntryModule { get; set; }

        /// <summary>Puerts 3.x backend: "v8", "quickjs", "nodejs", or null for the first installed.</summary>
        public string Backend { get; set; }

        /// <summary>Shuts the SDK down after the engine is gone (for example TimConvFacade.Uninit); null when the game does not own the SDK.</summary>
        public Action ShutDownSdk { get; set; }

        /// <summary>True once the engine runs the entry module.</summary>
        public bool IsRunning
        {
            get { return engine != null; }
        }

        /// <summary>
        /// Creates the engine and runs the entry module; does nothing when it already runs or after
        /// shutdown. Until then each frame still delivers SDK callbacks (a login answer, for example).
        /// </summary>
        public void Begin()
        {
            if (engine != null || shutDown) return;
            if (string.IsNullOrEmpty(EntryModule)) throw new InvalidOperationException("timconv: TimConvScriptRunner.EntryModule is not set");
            engine = TimConvScriptEngines.Create(Backend);
            engine.ExecuteModule(EntryModule);
        }

        private void Update()
        {
            if (!shutDown) TimConvScriptPump.Frame(engine);
        }

        // OnApplicationQuit comes before OnDestroy; whichever runs first shuts everything down.
        private void OnApplicationQuit()
        {
            ShutDown();
        }

        private void OnDestroy()
        {
            ShutDown();
        }

        private void ShutDown()
        {
            if (shutDown) return;
            shutDown = true;
            ITimConvScriptEngine running = engine;
            engine = null;
            TimConvScriptPump.Shutdown(running, ShutDownSdk);
        }
    }
}
