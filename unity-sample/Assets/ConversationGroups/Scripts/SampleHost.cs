using System;
using UnityEngine;
using UnityEngine.UIElements;

namespace TimConvSample
{
    /// <summary>
    /// The screen the script draws into: a UI Toolkit document made in code (panel settings, the
    /// default runtime theme and the sample's style sheet from Resources), so the sample needs no
    /// scene and no asset references. The script reads <see cref="Root"/> as CS.TimConvSample.SampleHost.Root
    /// and sets <see cref="Frame"/>, which <see cref="SampleFrame"/> calls once per frame.
    /// </summary>
    public static class SampleHost
    {
        public const string ThemeResource = "conversation-groups/TimConvSampleTheme";
        public const string StyleResource = "conversation-groups/ConversationGroups";

        /// <summary>The root of the sample's UI; null until <see cref="Create"/> ran.</summary>
        public static VisualElement Root { get; private set; }

        /// <summary>
        /// The script's per-frame work (flush the conversation store, redraw once); set by the script,
        /// called by <see cref="SampleFrame"/> after the frame's SDK callbacks and engine tick.
        /// </summary>
        public static Action Frame { get; set; }

        public static void Create(GameObject host)
        {
            var panel = ScriptableObject.CreateInstance<PanelSettings>();
            panel.themeStyleSheet = Resources.Load<ThemeStyleSheet>(ThemeResource);
            var document = host.AddComponent<UIDocument>();
            document.panelSettings = panel;
            Root = document.rootVisualElement;
            StyleSheet style = Resources.Load<StyleSheet>(StyleResource);
            if (style != null) Root.styleSheets.Add(style);
            else Debug.LogWarning("timconv sample: style sheet " + StyleResource + " is missing from Resources");
        }
    }
}
