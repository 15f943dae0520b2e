using System;

namespace TimConv.Hosting
{
    /// <summary>Creates the script engine of the Puerts version this build was compiled against.</summary>
    public static class TimConvScriptEngines
    {
        /// <summary>Which Puerts this build uses: "puerts-2", "puerts-3" or "none".</summary>
        public static string Flavor
        {
            get
            {
#if TIMCONV_PUERTS_3
                return "puerts-3";
#elif TIMCONV_PUERTS
                return "puerts-2";
#else
                return "none";
#endif
            }
        }

        /// <param name="backend">Puerts 3.x backend ("v8", "quickjs", "nodejs"; null for the first installed); Puerts 2.x has one backend per build and ignores it.</param>
        public static ITimConvScriptEngine Create(string backend)
        {
#if TIMCONV_PUERTS_3
            return new TimConvPuerts3Engine(backend);
#elif TIMCONV_PUERTS
            return new TimConvPuerts2Engine();
#else
            throw new InvalidOperationException(
                "timconv: Puerts is not in this project. Install com.tencent.puerts.core (2.x from OpenUPM, or 3.x with a backend "
                + "from the Puerts release archives), or define TIMCONV_PUERTS (and TIMCONV_PUERTS_3 for 3.x) when Puerts sits in Assets.");
#endif
        }
    }
}
