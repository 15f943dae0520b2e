using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace TimConv
{
    /// <summary>
    /// Hands work from SDK threads to the thread that calls <see cref="Drain"/> (Unity's main thread,
    /// through TimConvFacade.Tick). JS functions wrapped as delegates must never run on another
    /// thread, so native callbacks only copy their arguments and post here.
    ///
    /// Every <see cref="Clear"/> starts a new generation. A trampoline reads the generation before it
    /// looks up its handler and posts with it, so a delivery that was under way on an SDK thread while
    /// the callbacks were released is dropped instead of reaching a script engine that is gone (or a
    /// later one: these statics survive leaving Play mode when the Editor does not reload the domain).
    /// </summary>
    internal static class TimConvMainThread
    {
        private static readonly object Gate = new object();
        private static List<Action> queued = new List<Action>();
        private static int generation;

        /// <summary>The current generation; safe from any thread, and it never waits for the queue's lock.</summary>
        internal static int Generation
        {
            get { return Volatile.Read(ref generation); }
        }

        /// <summary>Queues an action for the current generation; safe from any thread.</summary>
        internal static void Post(Action action)
        {
            lock (Gate) queued.Add(action);
        }

        /// <summary>
        /// Queues an action unless a <see cref="Clear"/> happened since <paramref name="postedFor"/> was
        /// read (see the class remarks); safe from any thread. Returns whether it was queued.
        /// </summary>
        internal static bool Post(Action action, int postedFor)
        {
            lock (Gate)
            {
                if (postedFor != generation) return false;
                queued.Add(action);
                return true;
            }
        }

        /// <summary>Drops every queued action without running it and starts a new generation.</summary>
        internal static void Clear()
        {
            lock (Gate)
            {
                queued = new List<Action>();
                Interlocked.Increment(ref generation);
            }
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
