using UnityEngine;
using UnityEngine.UIElements;

namespace TimConvSample
{
    /// <summary>
    /// The screen the script draws into: a UI Toolkit document made in code (panel settings, the
    /// default runtime theme and the sample's style sheet from Resources), so the sample needs no
    /// scene and no asset references. The script reads <see cref="Root"/> as CS.TimConvSample.SampleHost.Root.
    /// </summary>
    public static class SampleHost
    {
        public const string ThemeResource = "conversation-groups/TimConvSampleTheme";
        public const string StyleResource = "conversation-groups/ConversationGroups";

        /// <summary>The root of the sample's UI; null until <see cref="Create"/> ran.</summary>
        public static VisualElement Root { get; private set; }

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
