using System;
using System.Collections.Generic;
using System.Globalization;

namespace TimConvSample
{
    /// <summary>
    /// The app id, user id and UserSig the sample logs in with. They come from environment variables
    /// or from a local file that git ignores, never from a serialized field: a UserSig in a scene or
    /// prefab ends up in version control and in builds. Without all three the sample runs on the
    /// simulator bundled with the runtime.
    /// </summary>
    public sealed class SampleCredentials
    {
        /// <summary>The local file: lines of key=value, '#' starts a comment.</summary>
        public const string FileName = "timconv-credentials.local";

        /// <summary>
        /// Where the Editor reads it, from the project folder: Unity's per-user UserSettings folder,
        /// which the usual Unity .gitignore already leaves out of version control.
        /// </summary>
        public static readonly string FilePath = System.IO.Path.Combine("UserSettings", FileName);

        public const string AppIdVariable = "TIMCONV_SDK_APP_ID";
        public const string UserIdVariable = "TIMCONV_USER_ID";
        public const string UserSigVariable = "TIMCONV_USER_SIG";

        private static readonly Dictionary<string, string> FileKeys = new Dictionary<string, string>
        {
            { "sdk_app_id", AppIdVariable },
            { "user_id", UserIdVariable },
            { "user_sig", UserSigVariable },
        };

        public string SdkAppId { get; private set; }
        public string UserId { get; private set; }
        public string UserSig { get; private set; }

        /// <summary>True when all three are present and the app id is a decimal number.</summary>
        public bool Complete
        {
            get { return IsDecimal(SdkAppId) && !string.IsNullOrEmpty(UserId) && !string.IsNullOrEmpty(UserSig); }
        }

        /// <summary>
        /// The app id as the official SDK's Init takes it (a long); a clear FormatException when the
        /// decimal number is out of that range.
        /// </summary>
        public long SdkAppIdNumber
        {
            get
            {
                long id;
                if (!IsDecimal(SdkAppId) || !long.TryParse(SdkAppId, NumberStyles.None, CultureInfo.InvariantCulture, out id))
                {
                    throw new FormatException(AppIdVariable + " / sdk_app_id \"" + SdkAppId + "\" is not an app id (a decimal number up to " + long.MaxValue + ")");
                }
                return id;
            }
        }

        /// <summary>
        /// Each value from its environment variable when set, else from the file text (null when there
        /// is no file). Unknown keys in the file are an error, so a typo does not silently fall back to
        /// the simulator.
        /// </summary>
        public static SampleCredentials Load(Func<string, string> environment, string fileText)
        {
            Dictionary<string, string> file = fileText == null ? new Dictionary<string, string>() : Parse(fileText);
            Func<string, string> pick = variable =>
            {
                string value = environment(variable);
                if (!string.IsNullOrEmpty(value)) return value.Trim();
                string fromFile;
                return file.TryGetValue(variable, out fromFile) ? fromFile : null;
            };
            return new SampleCredentials { SdkAppId = pick(AppIdVariable), UserId = pick(UserIdVariable), UserSig = pick(UserSigVariable) };
        }

        /// <summary>The file's values, keyed by the matching environment variable name.</summary>
        public static Dictionary<string, string> Parse(string text)
        {
            var values = new Dictionary<string, string>();
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                int eq = line.IndexOf('=');
                if (eq <= 0) throw new FormatException(FileName + " line " + (i + 1) + ": expected key=value");
                string key = line.Substring(0, eq).Trim();
                string variable;
                if (!FileKeys.TryGetValue(key, out variable))
                {
                    throw new FormatException(FileName + " line " + (i + 1) + ": unknown key \"" + key + "\" (known: sdk_app_id, user_id, user_sig)");
                }
                values[variable] = line.Substring(eq + 1).Trim();
            }
            return values;
        }

        private static bool IsDecimal(string text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (char c in text) if (c < '0' || c > '9') return false;
            return true;
        }
    }
}
