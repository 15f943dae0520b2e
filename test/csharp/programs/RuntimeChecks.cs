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
        }
    }
}
