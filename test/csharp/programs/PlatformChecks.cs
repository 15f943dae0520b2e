// Checks of a build for a platform without the C SDK (WebGL): the facade refuses every call with a
// clear PlatformNotSupportedException instead of failing the player link, keeps no state behind, and
// its shutdown step still clears everything when the SDK refuses.
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

            Check.Run("WebGL: listeners and the standalone start-up are refused the same way, and a refused listener is not kept", () =>
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
                Check.That(TimConvCallbacks.convEventListener == null, "the refused listener is kept");
                Check.That(!TimConvCallbacks.convEventRegistered, "the refused listener counts as registered");
                TimConvFacade.SetConvEventListener(null); // nothing registered: no SDK call, nothing to refuse
            });

            Check.Run("WebGL: ReleaseCallbacks clears everything even when the SDK refuses to clear a listener, then rethrows", () =>
            {
                // As if two listeners had been registered (the SDK refuses that here, so set the state).
                TimConvCallbacks.convEventListener = (e, json) => { };
                TimConvCallbacks.convEventRegistered = true;
                TimConvCallbacks.totalUnreadMessageCountChangedListener = n => { };
                TimConvCallbacks.totalUnreadMessageCountChangedRegistered = true;
                TimConvRequests.Add(new Action<int, string, string>((c, d, j) => { }));
                TimConvMainThread.Post(() => { });
                try
                {
                    TimConvFacade.ReleaseCallbacks();
                    throw new Exception("ReleaseCallbacks swallowed the refusal");
                }
                catch (PlatformNotSupportedException)
                {
                }
                Check.That(TimConvCallbacks.convEventListener == null && TimConvCallbacks.totalUnreadMessageCountChangedListener == null, "a listener survived");
                Check.Equal(0, TimConvRequests.Count, "pending requests");
                Check.Equal(0, TimConvMainThread.Count, "queued deliveries");
            });
#endif
        }
    }
}
