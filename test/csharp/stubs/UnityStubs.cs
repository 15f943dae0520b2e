// Test-only stand-ins for the UnityEngine members the Unity package and the sample use, with Unity's
// signatures, so they compile with mcs. Only what is used is declared: a call to anything else fails
// the build. They also run, in the hosting checks on Mono: GameObject keeps the components added to
// it, Debug records what was logged, and what a test has to set (the persistent data path, whether
// this is the Editor) sits in UnityStandIn.Control, outside Unity's namespaces. Not shipped.
using System;
using System.Collections.Generic;

namespace UnityStandIn
{
    /// <summary>What the hosting checks set and read; no Unity code can name it.</summary>
    public static class Control
    {
        /// <summary>Application.persistentDataPath; a test sets it to a folder of its own.</summary>
        public static string PersistentDataPath;

        public static bool IsEditor = true;

        /// <summary>Every Debug call, as "Log: ...", "LogWarning: ..." or "LogException: Type: message".</summary>
        public static readonly List<string> Log = new List<string>();
    }
}

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
        public static T CreateInstance<T>() where T : ScriptableObject { return (T)Activator.CreateInstance(typeof(T)); }
    }

    public sealed class GameObject : Object
    {
        private readonly List<Component> components = new List<Component>();

        public GameObject(string name) { }

        public T AddComponent<T>() where T : Component
        {
            var component = (T)Activator.CreateInstance(typeof(T));
            components.Add(component);
            return component;
        }
    }

    public enum RuntimeInitializeLoadType { AfterSceneLoad, BeforeSceneLoad }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class RuntimeInitializeOnLoadMethodAttribute : Attribute
    {
        public RuntimeInitializeOnLoadMethodAttribute(RuntimeInitializeLoadType loadType) { }
    }

    public static class Application
    {
        public static string persistentDataPath { get { return UnityStandIn.Control.PersistentDataPath; } }
        public static bool isEditor { get { return UnityStandIn.Control.IsEditor; } }
    }

    public static class Debug
    {
        public static void Log(object message) { UnityStandIn.Control.Log.Add("Log: " + message); }
        public static void LogWarning(object message) { UnityStandIn.Control.Log.Add("LogWarning: " + message); }
        public static void LogException(Exception exception) { UnityStandIn.Control.Log.Add("LogException: " + exception.GetType().Name + ": " + exception.Message); }
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

    // The sample's script builds its screen from these (named in its Puerts [Typing] list).
    public class TextElement : VisualElement { }
    public class Label : TextElement { }
    public class Button : TextElement { }
    public class TextField : VisualElement { }
    public class ScrollView : VisualElement { }

    public sealed class UIDocument : MonoBehaviour
    {
        private readonly VisualElement root = new VisualElement();
        public PanelSettings panelSettings { get; set; }
        public VisualElement rootVisualElement { get { return root; } }
    }
}
