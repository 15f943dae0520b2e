// Checks of a build for a platform without the C SDK (WebGL): the facade refuses every call with a
// clear PlatformNotSupportedException instead of failing the player link, and keeps no state behind.
using System;
using TimConv;

namespace TimConvTests
{
    internal static class PlatformChecks
    {
        internal static void Run()
        {
#if UNITY_WEBGL
            Check.Run("WebGL: the first call is refused as not supported on this platform, and no request is left behind", () =>
            {
                try
                {
                    TimConvFacade.GetConvList((code, desc, json) => { });
                    throw new Exception("the call went through");
                }
                catch (PlatformNotSupportedException e)
                {
                    Check.That(e.Message.Contains("does not exist for WebGL players") && e.Message.Contains("not supported on this platform"), e.Message);
                }
                Check.Equal(0, TimConvRequests.Count, "pending requests");
            });

            Check.Run("WebGL: listeners and the standalone start-up are refused the same way", () =>
            {
                foreach (Action call in new Action[] { () => TimConvFacade.SetConvEventListener((e, json) => { }), () => TimConvFacade.Init("1400000000", "{}") })
                {
                    try
                    {
                        call();
                        throw new Exception("the call went through");
                    }
                    catch (PlatformNotSupportedException)
                    {
                    }
                }
            });
#endif
        }
    }
}
