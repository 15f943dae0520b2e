// Calls the real SDK through the generated facade. Run only inside an isolated network namespace
// (`unshare --net`): TIMInit contacts the internet at once, so this refuses to start unless the
// process sees no network interface but loopback.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using TimConv;

namespace TimConvTests
{
    internal static class NativeSmoke
    {
        private const int RefusedExitCode = 3;

        /// <summary>
        /// Runs the checks and writes their outcome to results.txt in <paramref name="workDir"/> (the SDK
        /// prints its own log to standard output), then ends the process: the SDK's threads would keep
        /// it alive.
        /// </summary>
        internal static int Run(string workDir)
        {
            Directory.CreateDirectory(workDir);
            var results = new StreamWriter(Path.Combine(workDir, "results.txt")) { AutoFlush = true };
            Console.SetOut(results);
            string why = NotIsolatedReason();
            if (why != null)
            {
                Console.WriteLine("REFUSED " + why);
                results.Dispose();
                return RefusedExitCode;
            }
            int mainThread = Thread.CurrentThread.ManagedThreadId;

            Check.Run("native: TIMInit answers 0 through the facade", () =>
            {
                string config = "{\"sdk_config_config_file_path\":\"" + workDir + "\",\"sdk_config_log_file_path\":\"" + workDir + "\"}";
                Check.Equal(0, TimConvFacade.Init("1400000001", config), "TIMInit");
            });

            Check.Run("native: a call before login answers through the callback, delivered in Tick on the main thread", () =>
            {
                Reply r = Await(cb => TimConvFacade.GetConversationGroupList(cb), mainThread);
                Check.That(r.Code != 0, "code before login is an error, got " + r.Code);
                Console.WriteLine("INFO before login: GetConversationGroupList code " + r.Code + " desc " + r.Desc);
            });

            Check.Run("native: listener setters accept our trampolines and null", () =>
            {
                TimConvFacade.SetConvEventListener((ev, json) => { });
                TimConvFacade.SetConversationsDeletedFromGroupListener((g, c, reason) => { });
                TimConvFacade.SetTotalUnreadMessageCountChangedListener(n => { });
                TimConvFacade.SetConvEventListener(null);
            });

            Check.Run("native: TIMLogin starts", () =>
            {
                int rc = TimConvFacade.Login("timconv_测试_😀", "not-a-real-signature", (code, desc, json) => Console.WriteLine("INFO login callback " + code + " " + desc));
                Check.Equal(0, rc, "TIMLogin");
                // The SDK handles the login on its own thread; wait (at most 10 s) until it has taken
                // it up (status leaves 3, logged out), so its log line with the user id is written.
                for (int i = 0; i < 1000 && TimConvFacade.GetLoginStatus() == 3; i++) Thread.Sleep(10);
                Console.WriteLine("INFO login status " + TimConvFacade.GetLoginStatus());
            });

            Check.Run("native: paging by filter passes uint64 and uint32 arguments and returns the result JSON", () =>
            {
                // Offline, the login never completes: the SDK answers 6014 (not logged in) but still
                // fills in the result object.
                Reply r = Await(cb => TimConvFacade.GetConversationListByFilter("{\"conversation_list_filter_conv_type\":1}", "0", 20, cb), mainThread);
                Console.WriteLine("INFO filter: code " + r.Code + " json " + r.Json);
                Check.That(r.Code == 0 || r.Code == 6014, "code " + r.Code);
                Check.That(r.Json.Contains("\"conversation_list_result_is_finished\""), "result JSON");
            });

            Check.Run("native: an empty group name is rejected synchronously and leaves no request behind", () =>
            {
                int pending = TimConvRequests.Count;
                int rc = TimConvFacade.CreateConversationGroup("", "[\"c2c_a\"]", (c, d, j) => { throw new Exception("callback of a rejected call"); });
                Console.WriteLine("INFO empty group name: " + rc);
                Check.Equal(TimConvArgs.InvalidArgument, rc, "return code");
                Check.Equal(pending, TimConvRequests.Count, "pending requests");
            });

            Check.Run("native: a Chinese and emoji group name reaches the SDK", () =>
            {
                Reply r = Await(cb => TimConvFacade.CreateConversationGroup("好友😀", "[\"c2c_a\"]", cb), mainThread);
                Console.WriteLine("INFO create group: code " + r.Code + " desc " + r.Desc + " json " + r.Json);
                Check.That(r.Code != 0, "the call cannot succeed offline");
            });

            Check.Run("native: uninit", () =>
            {
                Check.Equal(0, TimConvFacade.Uninit(), "TIMUninit");
            });
            Console.WriteLine("DONE");
            results.Dispose();
            // The SDK's threads keep retrying to connect and stop a normal shutdown; leave at once.
            // _exit skips the C library's buffers, and the SDK's log on stdout is block-buffered
            // when redirected to a file: write out what they hold first, or the log ends mid-block.
            FlushAll(IntPtr.Zero);
            ExitNow(0);
            return 0;
        }

        [DllImport("libc", EntryPoint = "fflush")]
        private static extern int FlushAll(IntPtr allStreams);

        [DllImport("libc", EntryPoint = "_exit")]
        private static extern void ExitNow(int status);

        private sealed class Reply
        {
            public int Code;
            public string Desc;
            public string Json;
        }

        /// <summary>Starts a call and pumps Tick until its callback ran (at most 20 s).</summary>
        private static Reply Await(Func<Action<int, string, string>, int> start, int mainThread)
        {
            Reply reply = null;
            int rc = start((code, desc, json) =>
            {
                Check.Equal(mainThread, Thread.CurrentThread.ManagedThreadId, "callback thread");
                reply = new Reply { Code = code, Desc = desc, Json = json };
            });
            Check.Equal(0, rc, "synchronous return code");
            for (int i = 0; i < 2000 && reply == null; i++)
            {
                Thread.Sleep(10);
                TimConvFacade.Tick();
            }
            Check.That(reply != null, "no callback within 20 s");
            return reply;
        }

        /// <summary>
        /// Why this process is not isolated, or null. /proc/self/net/dev lists the interfaces of the
        /// process's own network namespace; /sys/class/net shows the namespace sysfs was mounted in, so
        /// the test remounts sysfs in a private mount namespace and both must show loopback only, and
        /// the loopback device must be down.
        /// </summary>
        private static string NotIsolatedReason()
        {
            var fromProc = File.ReadAllLines("/proc/self/net/dev").Skip(2)
                .Select(l => l.Split(':')[0].Trim()).Where(n => n.Length > 0).ToList();
            if (fromProc.Any(n => n != "lo")) return "network interfaces in /proc/self/net/dev: " + string.Join(",", fromProc.ToArray());
            var fromSys = Directory.GetFileSystemEntries("/sys/class/net").Select(Path.GetFileName).ToList();
            if (fromSys.Any(n => n != "lo")) return "network interfaces in /sys/class/net: " + string.Join(",", fromSys.ToArray());
            // A fresh namespace's loopback is down; up, it could still carry traffic to local services.
            string flags = File.ReadAllText("/sys/class/net/lo/flags").Trim();
            if ((Convert.ToInt32(flags, 16) & 1) != 0) return "the loopback device is up (flags " + flags + ")";
            return null;
        }
    }
}
