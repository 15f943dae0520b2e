using TimConv.Hosting;
using UnityEngine;

namespace TimConvSample
{
    /// <summary>
    /// Runs the script's per-frame work (<see cref="SampleHost.Frame"/>) in LateUpdate. Unity runs every
    /// Update before any LateUpdate, so by then TimConvScriptRunner has delivered the frame's SDK callbacks
    /// and ticked the engine (promise jobs, timers): the conversation store, flushed here in 'manual'
    /// mode, hands over one change holding all of that, whatever the Puerts backend's promise-job timing.
    /// </summary>
    public sealed class SampleFrame : MonoBehaviour
    {
        /// <summary>The runner whose engine the frame hook belongs to.</summary>
        public TimConvScriptRunner Runner { get; set; }

        private void LateUpdate()
        {
            // Once the runner shut its engine down, the script function must not be called any more.
            if (Runner == null || !Runner.IsRunning) return;
            var frame = SampleHost.Frame;
            if (frame != null) frame();
        }

        private void OnDestroy()
        {
            SampleHost.Frame = null;
        }
    }
}
