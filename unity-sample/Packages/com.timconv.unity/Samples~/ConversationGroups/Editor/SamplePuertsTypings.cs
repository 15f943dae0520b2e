#if UNITY_EDITOR && TIMCONV_PUERTS
using System;
using System.Collections.Generic;
using Puerts;

namespace TimConvSample
{
    /// <summary>
    /// Puerts code generation settings of the sample: the C# types its script uses, so that the
    /// index.d.ts Puerts generates for the project declares them. The script then type-checks against
    /// that file instead of the sample's own stand-ins (typings/unity-engine.d.ts and
    /// typings/sample-host.d.ts, which declare the same classes). Typing only: the script reaches these
    /// types by reflection, and the sample's link.xml keeps them from being stripped.
    /// </summary>
    [Configure]
    public class SamplePuertsTypings
    {
        [Typing]
        static IEnumerable<Type> Typings
        {
            get
            {
                return new List<Type>
                {
                    typeof(TimConvSample.SampleSettings),
                    typeof(TimConvSample.SampleHost),
                    typeof(UnityEngine.Debug),
                    typeof(UnityEngine.UIElements.VisualElement),
                    typeof(UnityEngine.UIElements.TextElement),
                    typeof(UnityEngine.UIElements.Label),
                    typeof(UnityEngine.UIElements.Button),
                    typeof(UnityEngine.UIElements.TextField),
                    typeof(UnityEngine.UIElements.ScrollView),
                };
            }
        }
    }
}
#endif
