// Checks of the sample's start-up on Mono: where its credentials come from, and what SampleBootstrap
// hands the script (SampleSettings) when there are none, when the SDK cannot start and when the
// credentials file is malformed. The test program binds to a native library that does not exist, so
// a start with credentials fails in TimConvFacade.Init as a game without the plugin would.
using System;
using System.Collections.Generic;
using System.IO;
using TimConv.Hosting;
using TimConvSample;

namespace TimConvTests
{
    internal static class SampleStartChecks
    {
        private static readonly string[] Variables = { SampleCredentials.AppIdVariable, SampleCredentials.UserIdVariable, SampleCredentials.UserSigVariable };

        internal static void Run()
        {
            Func<string, string> noEnvironment = name => null;
            Check.Run("sample credentials come from the environment first, then from the local file", () =>
            {
                string file = "# local test account\nsdk_app_id = 1400000001\nuser_id=alice\r\nuser_sig=eJx-from-file\n";
                var env = new Dictionary<string, string> { { SampleCredentials.UserSigVariable, "eJx-from-env" } };
                SampleCredentials c = SampleCredentials.Load(name => env.ContainsKey(name) ? env[name] : null, file);
                Check.Equal("1400000001|alice|eJx-from-env", c.SdkAppId + "|" + c.UserId + "|" + c.UserSig, "values");
                Check.That(c.Complete, "complete");
                Check.That(!SampleCredentials.Load(noEnvironment, null).Complete, "nothing given: simulator");
                Check.That(!SampleCredentials.Load(noEnvironment, "sdk_app_id=14000x\nuser_id=a\nuser_sig=b").Complete, "app id must be decimal");
            });

            Check.Run("a credentials file with an unknown key or a line without '=' is refused with its line number", () =>
            {
                foreach (string text in new[] { "sdk_app_id=1\nusersig=x", "sdk_app_id=1\njust text" })
                {
                    try
                    {
                        SampleCredentials.Load(noEnvironment, text);
                        throw new Exception("accepted: " + text);
                    }
                    catch (FormatException e)
                    {
                        Check.That(e.Message.StartsWith(SampleCredentials.FileName + " line 2: "), e.Message);
                    }
                }
            });

            Check.Run("the app id the official SDK takes (a long) is refused with a clear message when out of range", () =>
            {
                Check.Equal(1400000001L, SampleCredentials.Load(noEnvironment, "sdk_app_id=1400000001").SdkAppIdNumber, "app id");
                try
                {
                    long id = SampleCredentials.Load(noEnvironment, "sdk_app_id=9223372036854775808").SdkAppIdNumber;
                    throw new Exception("accepted " + id);
                }
                catch (FormatException e)
                {
                    Check.That(e.Message.StartsWith(SampleCredentials.AppIdVariable + " / sdk_app_id \"9223372036854775808\" is not an app id"), e.Message);
                }
            });

            Check.Run("the SDK config path is written as a JSON string (backslashes, quotes, control characters)", () =>
            {
                Check.Equal("\"C:\\\\Users\\\\a \\\"b\\\"\\u0009\"", SampleSession.JsonString("C:\\Users\\a \"b\"\t"), "escaped");
            });

            Check.Run("sample start-up without credentials runs the script on the simulator at once", () =>
            {
                InProject(null, null, runner =>
                {
                    Check.That(runner.IsRunning, "the script runs");
                    Check.Equal("simulator||", SampleSettings.Mode + "|" + SampleSettings.SdkOwner + "|" + SampleSettings.StartError, "settings");
                });
            });

            Check.Run("sample start-up with credentials but no native library: the script runs and shows why, nothing escapes", () =>
            {
                var credentials = new Dictionary<string, string> { { SampleCredentials.AppIdVariable, "1400000001" }, { SampleCredentials.UserIdVariable, "alice" }, { SampleCredentials.UserSigVariable, "eJx" } };
                InProject(credentials, null, runner =>
                {
                    Check.That(runner.IsRunning, "the script runs");
                    Check.Equal("sdk|timconv|alice", SampleSettings.Mode + "|" + SampleSettings.SdkOwner + "|" + SampleSettings.UserId, "settings");
                    Check.That(SampleSettings.StartError.StartsWith("DllNotFoundException: "), SampleSettings.StartError);
                    Check.That(runner.ShutDownSdk == null, "an SDK that never started would be shut down");
                    Check.That(UnityStandIn.Control.Log.Exists(l => l.StartsWith("LogException: DllNotFoundException")), "not logged: " + string.Join(" / ", UnityStandIn.Control.Log.ToArray()));
                });
            });

            Check.Run("sample start-up with a malformed credentials file: the script runs and shows the file's line", () =>
            {
                InProject(null, "sdk_app_id=1400000001\nusersig=eJx\n", runner =>
                {
                    Check.That(runner.IsRunning, "the script runs");
                    Check.Equal("sdk", SampleSettings.Mode, "mode");
                    Check.That(SampleSettings.StartError.StartsWith("FormatException: " + SampleCredentials.FileName + " line 2: unknown key"), SampleSettings.StartError);
                });
            });
        }

        /// <summary>
        /// Runs SampleBootstrap.Start in a project folder of its own (the working directory, as in the
        /// Editor) with these environment variables and this credentials file (null: none), then
        /// <paramref name="check"/>; puts everything back afterwards.
        /// </summary>
        private static void InProject(Dictionary<string, string> environment, string credentialsFile, Action<TimConvScriptRunner> check)
        {
            string project = Path.Combine(Path.GetTempPath(), "timconv-sample-start-" + Guid.NewGuid().ToString("N"));
            string previous = Directory.GetCurrentDirectory();
            string previousPersistent = UnityStandIn.Control.PersistentDataPath;
            var saved = new Dictionary<string, string>();
            TimConvScriptRunner runner = RunnerChecks.NewRunner();
            try
            {
                Directory.CreateDirectory(Path.Combine(project, "UserSettings"));
                if (credentialsFile != null) File.WriteAllText(Path.Combine(project, SampleCredentials.FilePath), credentialsFile);
                foreach (string name in Variables)
                {
                    saved[name] = Environment.GetEnvironmentVariable(name);
                    Environment.SetEnvironmentVariable(name, environment != null && environment.ContainsKey(name) ? environment[name] : null);
                }
                Directory.SetCurrentDirectory(project);
                UnityStandIn.Control.PersistentDataPath = Path.Combine(project, "persistent");
                UnityStandIn.Control.Log.Clear();
                SampleBootstrap.Start(runner);
                check(runner);
            }
            finally
            {
                RunnerChecks.Send(runner, "OnDestroy");
                Directory.SetCurrentDirectory(previous);
                UnityStandIn.Control.PersistentDataPath = previousPersistent;
                foreach (KeyValuePair<string, string> v in saved) Environment.SetEnvironmentVariable(v.Key, v.Value);
                Directory.Delete(project, true);
            }
        }
    }
}
