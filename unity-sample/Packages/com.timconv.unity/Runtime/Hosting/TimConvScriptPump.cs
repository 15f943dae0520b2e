using System;
using System.Runtime.ExceptionServices;

namespace TimConv.Hosting
{
    /// <summary>
    /// The per-frame and shutdown order between the TimConv facade and a script engine. Nothing here
    /// depends on Unity, so the order is tested on plain Mono.
    /// </summary>
    public static class TimConvScriptPump
    {
        /// <summary>
        /// One frame: the SDK's callbacks first (they resolve the scripts' promises), then the engine's
        /// timers and promise jobs, which must run every frame even when a callback threw. The callback's
        /// exception is rethrown afterwards so the engine log shows it. Returns the callbacks delivered.
        /// </summary>
        public static int Frame(ITimConvScriptEngine engine)
        {
            int delivered = 0;
            ExceptionDispatchInfo failure = null;
            try
            {
                delivered = TimConvFacade.Tick();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            if (engine != null)
            {
                try
                {
                    engine.Tick();
                }
                catch (Exception e)
                {
                    if (failure == null) throw;
                    throw new AggregateException(failure.SourceException, e);
                }
            }
            if (failure != null) failure.Throw();
            return delivered;
        }

        /// <summary>
        /// Shuts down in the only safe order: first no SDK callback may reach a script function any more
        /// (TimConvFacade.ReleaseCallbacks), then the engine goes, and only then the SDK itself
        /// (<paramref name="shutDownSdk"/>, for example TimConvFacade.Uninit; null when the game does not
        /// own the SDK). Each step runs even when the one before it threw.
        /// </summary>
        public static void Shutdown(ITimConvScriptEngine engine, Action shutDownSdk)
        {
            try
            {
                TimConvFacade.ReleaseCallbacks();
            }
            finally
            {
                try
                {
                    if (engine != null) engine.Dispose();
                }
                finally
                {
                    if (shutDownSdk != null) shutDownSdk();
                }
            }
        }
    }
}
