#if !TIMCONV_SAMPLE_OFF
using System;
using System.IO;
using TimConv.Hosting;
using UnityEngine;

namespace TimConvSample
{
    /// <summary>
    /// Creates the sample when the first scene has loaded, so it runs in any project without a scene or
    /// a component reference: a host object with the UI document, the script runner and the frame hook. With
    /// credentials (see SampleCredentials) it starts the SDK and logs in first and runs the script
    /// once the login answered; without, the script runs on the simulator at once. Define
    /// TIMCONV_SAMPLE_OFF (or delete the sample) to keep it out of a game.
    /// </summary>
    public static class SampleBootstrap
    {
        public const string EntryModule = "conversation-groups/main.mjs";

        [RuntimeInitializeOnLoadMethod(RuntimeInitializeLoadType.AfterSceneLoad)]
        private static void Create()
        {
            var host = new GameObject("TimConv conversation groups sample");
            UnityEngine.Object.DontDestroyOnLoad(host);
            SampleHost.Create(host);
            var runner = host.AddComponent<TimConvScriptRunner>();
            runner.EntryModule = EntryModule;
            host.AddComponent<SampleFrame>().Runner = runner;
            Start(runner);
        }

        /// <summary>
        /// Fills SampleSettings and runs the script: at once on the simulator, or once the SDK answered
        /// the login. Whatever fails on the way (a malformed credentials file, no native library, a
        /// platform without the SDK) is logged and handed to the script as SampleSettings.StartError,
        /// which the screen shows, instead of escaping with nothing drawn.
        /// </summary>
        internal static void Start(TimConvScriptRunner runner)
        {
            SampleSettings.LoginCode = 0;
            SampleSettings.LoginMessage = "";
            SampleSettings.StartError = "";
            SampleCredentials credentials;
            try
            {
                credentials = LoadCredentials();
            }
            catch (Exception e)
            {
                StartFailed(runner, "", e);
                return;
            }
            if (!credentials.Complete)
            {
                SampleSettings.Mode = "simulator";
                SampleSettings.SdkOwner = "";
                SampleSettings.UserId = "me";
                runner.Begin();
                return;
            }
            try
            {
                StartSdk(runner, credentials);
            }
            catch (Exception e)
            {
                StartFailed(runner, credentials.UserId, e);
            }
        }

        private static void StartSdk(TimConvScriptRunner runner, SampleCredentials credentials)
        {
            SampleSettings.Mode = "sdk";
            SampleSettings.SdkOwner = SampleSession.Owner;
            SampleSettings.UserId = credentials.UserId;
            string dataPath = Path.Combine(Application.persistentDataPath, "timconv-sdk");
            Directory.CreateDirectory(dataPath);
            int init = SampleSession.Init(credentials, dataPath);
            if (init != 0)
            {
                LoginAnswered(runner, init, "TIMInit refused the call");
                return;
            }
            // The SDK runs from here on: the runner shuts it down after the script engine is gone.
            runner.ShutDownSdk = SampleSession.Shutdown;
            int login = SampleSession.Login(credentials, (code, desc) => LoginAnswered(runner, code, desc));
            if (login != 0) LoginAnswered(runner, login, "TIMLogin refused the call");
        }

        private static void LoginAnswered(TimConvScriptRunner runner, int code, string desc)
        {
            SampleSettings.LoginCode = code;
            SampleSettings.LoginMessage = code == 0 ? "" : desc;
            runner.Begin();
        }

        private static void StartFailed(TimConvScriptRunner runner, string userId, Exception e)
        {
            Debug.LogException(e);
            if (runner.IsRunning) return; // the script already read its settings
            SampleSettings.Mode = "sdk";
            SampleSettings.SdkOwner = SampleSession.Owner;
            SampleSettings.UserId = userId;
            SampleSettings.StartError = e.GetType().Name + ": " + e.Message;
            runner.Begin();
        }

        private static SampleCredentials LoadCredentials()
        {
            // The Editor's working directory is the project folder; players read the environment only.
            string file = Application.isEditor ? Path.Combine(Directory.GetCurrentDirectory(), SampleCredentials.FilePath) : null;
            string text = file != null && File.Exists(file) ? File.ReadAllText(file) : null;
            return SampleCredentials.Load(Environment.GetEnvironmentVariable, text);
        }
    }
}
#endif
