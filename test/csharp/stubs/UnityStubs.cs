// Test-only stand-ins for the UnityEngine members the Unity package and the sample use, with Unity's
// signatures, so they compile with mcs. Only what is used is declared: a call to anything else fails
// the build. Not shipped.
using System;

namespace UnityEngine
{
    public class Object
    {
        public static void DontDestroyOnLoad(Object target) { }
    }

    public class Component : Object { }
    public class Behaviour : Component { }
    public class MonoBehaviour : Behaviour { }

    public class ScriptableObject : Object
    {
        public static T CreateInstance<T>() where T : ScriptableObject { return null; }
    }

    public sealed class GameObject : Object
    {
        public GameObject(string name) { }
        public T AddComponent<T>() where T : Component { return null; }
    }

    public enum RuntimeInitializeLoadType { AfterSceneLoad, BeforeSceneLoad }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class RuntimeInitializeOnLoadMethodAttribute : Attribute
    {
        public RuntimeInitializeOnLoadMethodAttribute(RuntimeInitializeLoadType loadType) { }
    }

    public static class Application
    {
        public static string persistentDataPath { get { return "/tmp"; } }
        public static bool isEditor { get { return true; } }
    }

    public static class Debug
    {
        public static void Log(object message) { }
        public static void LogWarning(object message) { }
    }

    public static class Resources
    {
        public static T Load<T>(string path) where T : Object { return null; }
    }
}

namespace UnityEngine.UIElements
{
    public class StyleSheet : ScriptableObject { }
    public class ThemeStyleSheet : StyleSheet { }

    public class PanelSettings : ScriptableObject
    {
        public ThemeStyleSheet themeStyleSheet { get; set; }
    }

    public struct VisualElementStyleSheetSet
    {
        public void Add(StyleSheet styleSheet) { }
    }

    public class VisualElement
    {
        public VisualElementStyleSheetSet styleSheets { get { return new VisualElementStyleSheetSet(); } }
    }

    public sealed class UIDocument : MonoBehaviour
    {
        public PanelSettings panelSettings { get; set; }
        public VisualElement rootVisualElement { get { return new VisualElement(); } }
    }
}
