using System;
using System.Text;
#if TIMCONV_OFFICIAL_SDK
using com.tencent.imsdk.unity;
using com.tencent.imsdk.unity.types;
#else
using TimConv;
#endif

namespace TimConvSample
{
    /// <summary>
    /// Starts the SDK and logs in. Next to the official Tencent IM Unity package (TIMCONV_OFFICIAL_SDK,
    /// set by the sample's assembly definition when that package is present) its TencentIMSDK.Init and
    /// Login do it, with the package's own native plugins; alone, the TimConv facade's Init and Login
    /// do. Either way the conversation calls then go through the TimConv facade.
    /// </summary>
    public static class SampleSession
    {
        /// <summary>"official-sdk" or "timconv".</summary>
        public static string Owner
        {
            get
            {
#if TIMCONV_OFFICIAL_SDK
                return "official-sdk";
#else
                return "timconv";
#endif
            }
        }

        /// <summary>Starts the SDK; returns its TIMResult code (0: it runs and must be shut down).</summary>
        public static int Init(SampleCredentials credentials, string dataPath)
        {
#if TIMCONV_OFFICIAL_SDK
            var config = new SdkConfig { sdk_config_config_file_path = dataPath, sdk_config_log_file_path = dataPath };
            return (int)TencentIMSDK.Init(credentials.SdkAppIdNumber, config);
#else
            string config = "{\"sdk_config_config_file_path\":" + JsonString(dataPath) + ",\"sdk_config_log_file_path\":" + JsonString(dataPath) + "}";
            return TimConvFacade.Init(credentials.SdkAppId, config);
#endif
        }

        /// <summary>
        /// Logs in; returns the TIMResult code. When it is 0, <paramref name="done"/> gets the SDK's code
        /// and description once, on the main thread.
        /// </summary>
        public static int Login(SampleCredentials credentials, Action<int, string> done)
        {
#if TIMCONV_OFFICIAL_SDK
            return (int)TencentIMSDK.Login(credentials.UserId, credentials.UserSig, (code, desc, userData) => done(code, desc));
#else
            return TimConvFacade.Login(credentials.UserId, credentials.UserSig, (code, desc, json) => done(code, desc));
#endif
        }

        /// <summary>Shuts the SDK down; runs after the script engine is gone.</summary>
        public static void Shutdown()
        {
#if TIMCONV_OFFICIAL_SDK
            TencentIMSDK.Uninit();
#else
            TimConvFacade.Uninit();
#endif
        }

        /// <summary>A JSON string literal (paths on Windows hold backslashes).</summary>
        public static string JsonString(string text)
        {
            var json = new StringBuilder("\"");
            foreach (char c in text)
            {
                if (c == '"' || c == '\\') json.Append('\\').Append(c);
                else if (c < ' ') json.Append("\\u").Append(((int)c).ToString("x4"));
                else json.Append(c);
            }
            return json.Append('"').ToString();
        }
    }
}
