// Hosts the sample's TypeScript side: starts a Puerts JsEnv, runs Resources/main.mjs, and every frame
// delivers the SDK callbacks the TimConv facade queued (TimConvFacade.Tick) and then lets Puerts run
// its timers and promise jobs (JsEnv.Tick). Both must happen on Unity's main thread, which Update is.
using Puerts;
using TimConv;
using UnityEngine;

namespace TimConvSample
{
    public class TimConvBootstrap : MonoBehaviour
    {
        [Tooltip("The app id from the IM console (decimal).")]
        [SerializeField] private string sdkAppId = "0";
        [Tooltip("The user to log in.")]
        [SerializeField] private string userId = "";
        [Tooltip("A UserSig for that user, issued by your app server (or the console's test tool).")]
        [SerializeField] private string userSig = "";
        [Tooltip("ESM entry module, loaded from a Resources folder.")]
        [SerializeField] private string entryModule = "main.mjs";

        // Read by main.mjs as CS.TimConvSample.TimConvBootstrap.*; 64-bit ids stay strings.
        public static string SdkAppId { get; private set; }
        public static string UserId { get; private set; }
        public static string UserSig { get; private set; }
        public static string DataPath { get; private set; }

        private JsEnv env;

        private void Awake()
        {
            SdkAppId = sdkAppId;
            UserId = userId;
            UserSig = userSig;
            DataPath = Application.persistentDataPath;
        }

        private void Start()
        {
            env = new JsEnv(); // Puerts 2.x: the default loader reads modules from Resources.
            TimConvPuertsDelegates.Register(env); // IL2CPP: delegates with int/double/bool arguments
            env.ExecuteModule(entryModule);
        }

        private void Update()
        {
            if (env == null) return;
            TimConvFacade.Tick();
            env.Tick();
        }

        private void OnDestroy()
        {
            if (env == null) return;
            // No SDK callback may reach the JS functions of an engine that is gone.
            TimConvFacade.ReleaseCallbacks();
            env.Dispose();
            env = null;
        }

#if TIMCONV_STANDALONE
        private void OnApplicationQuit()
        {
            TimConvFacade.Uninit();
        }
#endif
    }
}
