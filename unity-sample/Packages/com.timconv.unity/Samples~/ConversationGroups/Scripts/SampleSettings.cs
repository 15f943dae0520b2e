namespace TimConvSample
{
    /// <summary>
    /// What the sample's script reads when it starts (as CS.TimConvSample.SampleSettings): which
    /// backend to use and how the login went. Only script code reads these getters, so link.xml keeps
    /// them from being stripped. The UserSig is not among them: the login happens in C# before the
    /// script starts.
    /// </summary>
    public static class SampleSettings
    {
        /// <summary>"simulator" (no credentials) or "sdk" (the Tencent IM SDK: logged in, refused, or not started).</summary>
        public static string Mode { get; internal set; }

        /// <summary>Who started the SDK: "timconv" (the facade's own Init/Login), "official-sdk", or "" on the simulator.</summary>
        public static string SdkOwner { get; internal set; }

        /// <summary>The user logged in, or the simulator's user.</summary>
        public static string UserId { get; internal set; }

        /// <summary>0 when the login succeeded; the SDK's error code otherwise.</summary>
        public static int LoginCode { get; internal set; }

        /// <summary>The SDK's description of a failed login; empty otherwise.</summary>
        public static string LoginMessage { get; internal set; }

        /// <summary>
        /// Why the SDK could not be started at all (a malformed credentials file, no native library, a
        /// platform without the SDK), as "ExceptionType: message"; empty otherwise.
        /// </summary>
        public static string StartError { get; internal set; }
    }
}
