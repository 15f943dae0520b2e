// Checks of the generated runtime support that need no native library: UTF-8 marshaling, the
// request-id table, the main-thread queue, the trampolines (called through real native function
// pointers from other threads) and the facade's argument checks.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using TimConv;

namespace TimConvTests
{
    internal static class RuntimeChecks
    {
        // Chinese, an emoji outside the BMP (a surrogate pair in UTF-16), and ASCII.
        private const string Mixed = "会话 conv 😀 草稿";

        internal static void Run()
        {
            int mainThread = Thread.CurrentThread.ManagedThreadId;

            Check.Run("utf8 encodes Chinese and emoji as UTF-8 with a NUL terminator", () =>
            {
                IntPtr p = TimConvUtf8.ToNative("会话😀");
                try
                {
                    byte[] expected = { 0xE4, 0xBC, 0x9A, 0xE8, 0xAF, 0x9D, 0xF0, 0x9F, 0x98, 0x80, 0x00 };
                    for (int i = 0; i < expected.Length; i++) Check.Equal(expected[i], Marshal.ReadByte(p, i), "byte " + i);
                }
                finally
                {
                    TimConvUtf8.Free(p);
                }
            });

            Check.Run("utf8 round-trips Chinese and emoji text", () =>
            {
                foreach (string s in new[] { Mixed, "", "a", "ascii only", "\u00e9\u00e8", "𝄞𝄞𝄞", new string('长', 3000) + "😀" })
                {
                    IntPtr p = TimConvUtf8.ToNative(s);
                    try
                    {
                        Check.Equal(s, TimConvUtf8.FromNative(p), "round trip of a " + s.Length + "-char string");
                        Check.Equal(Encoding.UTF8.GetByteCount(s), TimConvUtf8.ByteLength(p), "byte length");
                    }
                    finally
                    {
                        TimConvUtf8.Free(p);
                    }
                }
            });

            Check.Run("utf8 finds the terminator at every alignment and length", () =>
            {
                IntPtr block = Marshal.AllocHGlobal(64);
                try
                {
                    for (int start = 0; start < 16; start++)
                    {
                        for (int length = 0; length < 40; length++)
                        {
                            for (int i = 0; i < 64; i++) Marshal.WriteByte(block, i, 0x41);
                            Marshal.WriteByte(block, start + length, 0);
                            Check.Equal(length, TimConvUtf8.ByteLength(new IntPtr(block.ToInt64() + start)), "length at offset " + start);
                        }
                    }
                }
                finally
                {
                    Marshal.FreeHGlobal(block);
                }
            });

            Check.Run("utf8 maps null to a NULL pointer and a NULL pointer to the empty string", () =>
            {
                Check.Equal(IntPtr.Zero, TimConvUtf8.ToNative(null), "ToNative(null)");
                Check.Equal("", TimConvUtf8.FromNative(IntPtr.Zero), "FromNative(NULL)");
                TimConvUtf8.Free(IntPtr.Zero);
            });

            Check.Run("utf8 decodes malformed input to U+FFFD instead of failing", () =>
            {
                IntPtr p = Marshal.AllocHGlobal(4);
                try
                {
                    Marshal.WriteByte(p, 0, 0x61);
                    Marshal.WriteByte(p, 1, 0xFF);
                    Marshal.WriteByte(p, 2, 0x62);
                    Marshal.WriteByte(p, 3, 0);
                    Check.Equal("a\uFFFDb", TimConvUtf8.FromNative(p), "decoded text");
                }
                finally
                {
                    Marshal.FreeHGlobal(p);
                }
            });

            Check.Run("request table hands each handler out once", () =>
            {
                Action<int, string, string> a = (c, d, j) => { };
                Action<int, string, string> b = (c, d, j) => { };
                long ida = TimConvRequests.Add(a);
                long idb = TimConvRequests.Add(b);
                Check.That(ida > 0 && idb > 0 && ida != idb, "ids are distinct and positive");
                Check.That(ida <= int.MaxValue && idb <= int.MaxValue, "ids fit 32 bits");
                Check.That(ReferenceEquals(b, TimConvRequests.Take(idb)), "Take returns the handler");
                Check.That(TimConvRequests.Take(idb) == null, "a second Take returns null");
                Check.That(ReferenceEquals(a, TimConvRequests.Take(ida)), "the other handler is still there");
                Check.Equal(0L, TimConvRequests.Add(null), "Add(null)");
                Check.That(TimConvRequests.Take(0) == null, "Take(0) is null");
                Check.Equal(0, TimConvRequests.Count, "pending count");
            });

            Check.Run("request table stays consistent under concurrent use", () =>
            {
                const int threads = 8, perThread = 5000;
                int mismatches = 0;
                var workers = new List<Thread>();
                for (int t = 0; t < threads; t++)
                {
                    var worker = new Thread(() =>
                    {
                        for (int i = 0; i < perThread; i++)
                        {
                            Action<int, string, string> h = (c, d, j) => { };
                            long id = TimConvRequests.Add(h);
                            if (!ReferenceEquals(h, TimConvRequests.Take(id))) Interlocked.Increment(ref mismatches);
                        }
                    });
                    workers.Add(worker);
                    worker.Start();
                }
                foreach (var w in workers) w.Join();
                Check.Equal(0, mismatches, "handlers returned for the wrong id");
                Check.Equal(0, TimConvRequests.Count, "pending count");
            });

            Check.Run("tick delivers callbacks posted from other threads only inside Tick, on the calling thread", () =>
            {
                var ranOn = new List<int>();
                var order = new List<int>();
                var posters = new List<Thread>();
                for (int t = 0; t < 4; t++)
                {
                    int offset = t * 100;
                    var poster = new Thread(() =>
                    {
                        for (int i = 0; i < 100; i++)
                        {
                            int n = offset + i;
                            TimConvMainThread.Post(() => { ranOn.Add(Thread.CurrentThread.ManagedThreadId); order.Add(n); });
                        }
                    });
                    posters.Add(poster);
                    poster.Start();
                }
                foreach (var p in posters) p.Join();
                Thread.Sleep(50);
                Check.Equal(0, ranOn.Count, "callbacks run before Tick");
                Check.Equal(400, TimConvFacade.Tick(), "Tick's count");
                Check.Equal(400, ranOn.Count, "callbacks run by Tick");
                foreach (int id in ranOn) Check.Equal(mainThread, id, "thread a callback ran on");
                for (int t = 0; t < 4; t++)
                {
                    int last = -1;
                    foreach (int n in order)
                    {
                        if (n / 100 != t) continue;
                        Check.That(n > last, "callbacks of one thread keep their order");
                        last = n;
                    }
                }
                Check.Equal(0, TimConvFacade.Tick(), "an empty Tick");
            });

            Check.Run("tick runs every callback even when one throws, then rethrows", () =>
            {
                int ran = 0;
                TimConvMainThread.Post(() => ran++);
                TimConvMainThread.Post(() => { throw new InvalidOperationException("boom"); });
                TimConvMainThread.Post(() => ran++);
                Exception caught = null;
                try { TimConvFacade.Tick(); } catch (Exception e) { caught = e; }
                Check.Equal(2, ran, "callbacks that ran");
                Check.That(caught is InvalidOperationException && caught.Message == "boom", "the callback's exception surfaces");
                Check.Equal(0, TimConvMainThread.Count, "queue after Tick");
            });

            Check.Run("tick leaves callbacks queued during delivery for the next Tick", () =>
            {
                int second = 0;
                TimConvMainThread.Post(() => TimConvMainThread.Post(() => second++));
                Check.Equal(1, TimConvFacade.Tick(), "first Tick");
                Check.Equal(0, second, "nested callback ran early");
                Check.Equal(1, TimConvFacade.Tick(), "second Tick");
                Check.Equal(1, second, "nested callback ran");
            });

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
