using System;
using System.Collections.Generic;

namespace TimConv
{
    /// <summary>
    /// Pending asynchronous calls, keyed by the request id that travels to the SDK as user_data and
    /// comes back with the callback. Ids stay within 1..int.MaxValue so they fit a pointer on 32-bit
    /// players; 0 means "nobody waits". Used from the main thread (Add) and SDK threads (Take).
    /// </summary>
    internal static class TimConvRequests
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<long, Delegate> Pending = new Dictionary<long, Delegate>();
        private static long lastId;

        /// <summary>Stores a completion handler and returns its id; null gives 0 and stores nothing.</summary>
        internal static long Add(Delegate handler)
        {
            if (handler == null) return 0;
            lock (Gate)
            {
                do
                {
                    lastId = lastId >= int.MaxValue ? 1 : lastId + 1;
                }
                while (Pending.ContainsKey(lastId));
                Pending.Add(lastId, handler);
                return lastId;
            }
        }

        /// <summary>Removes and returns the handler of a request; null when the id is unknown or 0.</summary>
        internal static Delegate Take(long id)
        {
            if (id == 0) return null;
            lock (Gate)
            {
                Delegate handler;
                if (!Pending.TryGetValue(id, out handler)) return null;
                Pending.Remove(id);
                return handler;
            }
        }

        /// <summary>Forgets every pending call; their callbacks, if they still come, find nothing.</summary>
        internal static void Clear()
        {
            lock (Gate) Pending.Clear();
        }

        /// <summary>Number of calls still waiting for their callback.</summary>
        internal static int Count
        {
            get
            {
                lock (Gate) return Pending.Count;
            }
        }
    }
}
