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

            SampleCredentials credentials = LoadCredentials();
            if (!credentials.Complete)
            {
                SampleSettings.Mode = "simulator";
                SampleSettings.SdkOwner = "";
                SampleSettings.UserId = "me";
                SampleSettings.LoginMessage = "";
                runner.Begin();
                return;
            }
            SampleSettings.Mode = "sdk";
            SampleSettings.SdkOwner = SampleSession.Owner;
            SampleSettings.UserId = credentials.UserId;
            runner.ShutDownSdk = SampleSession.Shutdown;
            string dataPath = Path.Combine(Application.persistentDataPath, "timconv-sdk");
            Directory.CreateDirectory(dataPath);
            SampleSession.Start(credentials, dataPath, (code, desc) =>
            {
                SampleSettings.LoginCode = code;
                SampleSettings.LoginMessage = code == 0 ? "" : desc;
                runner.Begin();
            });
        }

        private static SampleCredentials LoadCredentials()
        {
            // The Editor's working directory is the project folder; players read the environment only.
            string file = Application.isEditor ? Path.Combine(Directory.GetCurrentDirectory(), SampleCredentials.FileName) : null;
            string text = file != null && File.Exists(file) ? File.ReadAllText(file) : null;
            return SampleCredentials.Load(Environment.GetEnvironmentVariable, text);
        }
    }
}
#endif
