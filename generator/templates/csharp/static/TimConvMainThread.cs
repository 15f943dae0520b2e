using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;

namespace TimConv
{
    /// <summary>
    /// Hands work from SDK threads to the thread that calls <see cref="Drain"/> (Unity's main thread,
    /// through TimConvFacade.Tick). JS functions wrapped as delegates must never run on another
    /// thread, so native callbacks only copy their arguments and post here.
    /// </summary>
    internal static class TimConvMainThread
    {
        private static readonly object Gate = new object();
        private static List<Action> queued = new List<Action>();

        /// <summary>Queues an action; safe from any thread.</summary>
        internal static void Post(Action action)
        {
            lock (Gate) queued.Add(action);
        }

        /// <summary>Drops every queued action without running it.</summary>
        internal static void Clear()
        {
            lock (Gate) queued = new List<Action>();
        }

        /// <summary>Number of actions waiting for the next <see cref="Drain"/>.</summary>
        internal static int Count
        {
            get
            {
                lock (Gate) return queued.Count;
            }
        }

        /// <summary>
        /// Runs every action queued before the call, on the calling thread, and returns how many ran.
        /// Actions queued while it runs wait for the next call. An exception from one action does not
        /// stop the others; afterwards the first one is rethrown (several: an AggregateException) so
        /// the engine logs it.
        /// </summary>
        internal static int Drain()
        {
            List<Action> batch;
            lock (Gate)
            {
                if (queued.Count == 0) return 0;
                batch = queued;
                queued = new List<Action>();
            }
            List<Exception> errors = null;
            for (int i = 0; i < batch.Count; i++)
            {
                try
                {
                    batch[i]();
                }
                catch (Exception e)
                {
                    if (errors == null) errors = new List<Exception>();
                    errors.Add(e);
                }
            }
            if (errors != null)
            {
                if (errors.Count == 1) ExceptionDispatchInfo.Capture(errors[0]).Throw();
                throw new AggregateException(errors);
            }
            return batch.Count;
        }
    }
}
