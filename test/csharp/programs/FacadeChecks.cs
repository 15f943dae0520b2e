// Checks of the generated trampolines and facade that need no native library: the trampolines are
// called through real native function pointers from other threads, and the facade's argument checks
// run without reaching the SDK.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using TimConv;

namespace TimConvTests
{
    internal static class FacadeChecks
    {
        internal static void Run()
        {
            int mainThread = Thread.CurrentThread.ManagedThreadId;

            Check.Run("completion trampoline called through a native pointer on another thread delivers in Tick", () =>
            {
                var got = new List<string>();
                int ranOn = -1;
                Action<int, string, string> handler = (code, desc, json) => { got.Add(code + "|" + desc + "|" + json); ranOn = Thread.CurrentThread.ManagedThreadId; };
                long id = TimConvRequests.Add(handler);
                var native = NativeView(TimConvCallbacks.TIMCommCallbackTrampoline);
                RunOnOtherThread(() =>
                {
                    IntPtr desc = TimConvUtf8.ToNative("失败 😀");
                    IntPtr json = TimConvUtf8.ToNative("{\"conv_id\":\"会话\"}");
                    try
                    {
                        native(6014, desc, json, new IntPtr(id));
                        native(1, desc, json, new IntPtr(id)); // a second call for the same id must be ignored
                        native(2, desc, json, IntPtr.Zero);    // nobody waits for request 0
                    }
                    finally
                    {
                        TimConvUtf8.Free(desc);
                        TimConvUtf8.Free(json);
                    }
                });
                Check.Equal(0, got.Count, "delivered before Tick");
                TimConvFacade.Tick();
                Check.Equal(1, got.Count, "deliveries");
                Check.Equal("6014|失败 😀|{\"conv_id\":\"会话\"}", got[0], "arguments");
                Check.Equal(mainThread, ranOn, "delivery thread");
                Check.Equal(0, TimConvRequests.Count, "pending count");
            });

            Check.Run("listener trampolines deliver in Tick, and LeaveListenersToOfficialSdk keeps the SDK untouched", () =>
            {
                // With the switch on, registration must not reach the SDK (no native library is loaded
                // in this run: a native call would throw DllNotFoundException).
                TimConvFacade.LeaveListenersToOfficialSdk = true;
                var events = new List<string>();
                TimConvFacade.SetConvEventListener((ev, json) => events.Add("event " + ev + " " + json));
                TimConvFacade.SetConversationsDeletedFromGroupListener((group, convs, reason) => events.Add("deleted " + group + " " + convs + " " + reason.ToString("R")));
                TimConvFacade.SetTotalUnreadMessageCountChangedListener(n => events.Add("unread " + n));
                var convEvent = NativeView(TimConvCallbacks.TIMConvEventCallbackTrampoline);
                var deleted = NativeView(TimConvCallbacks.TIMConvConversationsDeletedFromGroupCallbackTrampoline);
                var unread = NativeView(TimConvCallbacks.TIMConvTotalUnreadMessageCountChangedCallbackTrampoline);
                RunOnOtherThread(() =>
                {
                    IntPtr group = TimConvUtf8.ToNative("好友😀");
                    IntPtr convs = TimConvUtf8.ToNative("[]");
                    try
                    {
                        convEvent(2, convs, IntPtr.Zero);
                        deleted(group, convs, 4000000000u, IntPtr.Zero);
                        unread(-1, IntPtr.Zero);
                    }
                    finally
                    {
                        TimConvUtf8.Free(group);
                        TimConvUtf8.Free(convs);
                    }
                });
                Check.Equal(0, events.Count, "delivered before Tick");
                TimConvFacade.Tick();
                Check.Equal("event 2 []|deleted 好友😀 [] 4000000000|unread -1", string.Join("|", events.ToArray()), "events");
                TimConvFacade.SetConvEventListener(null);
                RunOnOtherThread(() => convEvent(1, IntPtr.Zero, IntPtr.Zero));
                TimConvFacade.Tick();
                Check.Equal(3, events.Count, "events after the listener was cleared");
                TimConvFacade.LeaveListenersToOfficialSdk = false;
            });

            Check.Run("ReleaseCallbacks forgets listeners, pending completions and undelivered callbacks", () =>
            {
                TimConvFacade.LeaveListenersToOfficialSdk = true;
                int delivered = 0;
                TimConvFacade.SetTotalUnreadMessageCountChangedListener(n => delivered++);
                TimConvRequests.Add(new Action<int, string, string>((c, d, j) => delivered++));
                TimConvMainThread.Post(() => delivered++);
                TimConvFacade.ReleaseCallbacks();
                Check.Equal(0, TimConvRequests.Count, "pending requests");
                Check.Equal(0, TimConvMainThread.Count, "queued deliveries");
                var unread = NativeView(TimConvCallbacks.TIMConvTotalUnreadMessageCountChangedCallbackTrampoline);
                RunOnOtherThread(() => unread(5, IntPtr.Zero));
                TimConvFacade.Tick();
                Check.Equal(0, delivered, "callbacks that still ran");
                TimConvFacade.LeaveListenersToOfficialSdk = false;
            });

            Check.Run("a completion an SDK thread took before ReleaseCallbacks and posts after it is never delivered", () =>
            {
                int delivered = 0;
                long id = TimConvRequests.Add(new Action<int, string, string>((c, d, j) => delivered++));
                var native = NativeView(TimConvCallbacks.TIMCommCallbackTrampoline);
                // The main thread holds the queue's lock, so the SDK thread takes its handler and then
                // waits in Post; the release happens in between.
                Release(() => native(0, IntPtr.Zero, IntPtr.Zero, new IntPtr(id)), () => TimConvRequests.Count == 0, () => { });
                Check.Equal(0, TimConvFacade.Tick(), "deliveries after the release");
                Check.Equal(0, delivered, "the released handler ran");
            });

            Check.Run("a listener event an SDK thread posts across ReleaseCallbacks never reaches the next listener", () =>
            {
                TimConvFacade.LeaveListenersToOfficialSdk = true;
                var events = new List<string>();
                TimConvFacade.SetTotalUnreadMessageCountChangedListener(n => events.Add("released engine " + n));
                var unread = NativeView(TimConvCallbacks.TIMConvTotalUnreadMessageCountChangedCallbackTrampoline);
                // After the release a new engine registers its listener before the old event is queued.
                Release(() => unread(7, IntPtr.Zero), null, () => TimConvFacade.SetTotalUnreadMessageCountChangedListener(n => events.Add("next engine " + n)));
                TimConvFacade.Tick();
                RunOnOtherThread(() => unread(8, IntPtr.Zero));
                TimConvFacade.Tick();
                Check.Equal("next engine 8", string.Join("|", events.ToArray()), "events");
                TimConvFacade.ReleaseCallbacks();
                TimConvFacade.LeaveListenersToOfficialSdk = false;
            });

            Check.Run("facade rejects 64-bit and uint32 arguments that do not fit, without calling the SDK", () =>
            {
                Action<int, string, string> never = (c, d, j) => { throw new Exception("callback of a rejected call"); };
                foreach (string bad in new[] { "-1", "18446744073709551616", "1e3", " 1", "+1", "0x10", "", null, "１２" })
                {
                    Check.Equal(TimConvArgs.InvalidArgument, TimConvFacade.CleanConversationUnreadMessageCount("c2c_a", bad, "0", never), "uint64 " + (bad ?? "null"));
                }
                foreach (double bad in new[] { -1, 1.5, 4294967296.0, double.NaN, double.PositiveInfinity })
                {
                    Check.Equal(TimConvArgs.InvalidArgument, TimConvFacade.GetConversationListByFilter("{}", "0", bad, never), "uint32 " + bad);
                }
                Check.Equal(0, TimConvRequests.Count, "pending count");
                TimConvFacade.Tick();
            });

            Check.Run("facade argument parsing accepts the full uint64 and uint32 ranges", () =>
            {
                ulong u;
                Check.That(TimConvArgs.TryParseUInt64("18446744073709551615", out u) && u == ulong.MaxValue, "uint64 max");
                Check.That(TimConvArgs.TryParseUInt64("4611686018427387904", out u) && u == (1UL << 62), "2^62");
                Check.That(TimConvArgs.TryParseUInt64("007", out u) && u == 7, "leading zeros");
                long l;
                Check.That(TimConvArgs.TryParseInt64("-9223372036854775808", out l) && l == long.MinValue, "int64 min");
                uint v;
                Check.That(TimConvArgs.TryToUInt32(4294967295.0, out v) && v == uint.MaxValue, "uint32 max");
                Check.That(TimConvArgs.TryToUInt32(0, out v) && v == 0, "uint32 zero");
                Check.Equal("18446744073709551615", TimConvArgs.FromUInt64(ulong.MaxValue), "uint64 to text");
            });
        }

        // A delegate that calls the trampoline through its native function pointer, so the call
        // crosses the same reverse-P/Invoke stub the SDK uses.
        private static T Through<T>(T trampoline) where T : class
        {
            IntPtr pointer = Marshal.GetFunctionPointerForDelegate((Delegate)(object)trampoline);
            return (T)(object)Marshal.GetDelegateForFunctionPointer(pointer, typeof(T));
        }

        private static TIMCommCallback NativeView(TIMCommCallback t) { return Through(t); }
        private static TIMConvEventCallback NativeView(TIMConvEventCallback t) { return Through(t); }
        private static TIMConvConversationsDeletedFromGroupCallback NativeView(TIMConvConversationsDeletedFromGroupCallback t) { return Through(t); }
        private static TIMConvTotalUnreadMessageCountChangedCallback NativeView(TIMConvTotalUnreadMessageCountChangedCallback t) { return Through(t); }

        /// <summary>
        /// Runs <paramref name="sdkCall"/> on another thread while this thread holds TimConvMainThread's
        /// lock, so the call gets as far as posting its delivery and waits there. Once <paramref name="taken"/>
        /// says the call has taken what it delivers (null: once the thread waits for the lock), this
        /// thread runs ReleaseCallbacks and <paramref name="afterRelease"/>, then lets the post proceed.
        /// </summary>
        private static void Release(Action sdkCall, Func<bool> taken, Action afterRelease)
        {
            object gate = typeof(TimConvMainThread).GetField("Gate", BindingFlags.NonPublic | BindingFlags.Static).GetValue(null);
            Exception failure = null;
            var thread = new Thread(() =>
            {
                try { sdkCall(); } catch (Exception e) { failure = e; }
            });
            Monitor.Enter(gate);
            try
            {
                thread.Start();
                var waited = Stopwatch.StartNew();
                while (taken != null ? !taken() : (thread.ThreadState & System.Threading.ThreadState.WaitSleepJoin) == 0)
                {
                    if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new Exception("the SDK thread never got to its post");
                    Thread.Sleep(1);
                }
                TimConvFacade.ReleaseCallbacks();
                afterRelease();
            }
            finally
            {
                Monitor.Exit(gate);
            }
            thread.Join();
            if (failure != null) throw new Exception("on the SDK thread: " + failure.Message, failure);
        }

        private static void RunOnOtherThread(Action body)
        {
            Exception failure = null;
            var thread = new Thread(() =>
            {
                try { body(); } catch (Exception e) { failure = e; }
            });
            thread.Start();
            thread.Join();
            if (failure != null) throw new Exception("on the other thread: " + failure.Message, failure);
        }
    }
}
