// Test-only stand-ins for the UnityEditor members the Unity package's editor code uses, with Unity's
// signatures, so it compiles with mcs. Only what is used is declared. Not shipped.
using System;
using System.Reflection;

namespace UnityEditor
{
    public enum BuildTarget { StandaloneWindows64 = 19, iOS = 9, Android = 13, WebGL = 20 }

    public class AssetImporter : UnityEngine.Object
    {
        public string assetPath { get { return ""; } }
        public void SaveAndReimport() { }
    }

    public sealed class PluginImporter : AssetImporter
    {
        public static PluginImporter[] GetAllImporters() { return new PluginImporter[0]; }
        public bool GetCompatibleWithPlatform(BuildTarget platform) { return true; }
        public string GetPlatformData(BuildTarget platform, string key) { return ""; }
        public void SetPlatformData(BuildTarget platform, string key, string value) { }
    }
}

namespace UnityEditor.Build
{
    public interface IOrderedCallback
    {
        int callbackOrder { get; }
    }

    public interface IPreprocessBuildWithReport : IOrderedCallback
    {
        void OnPreprocessBuild(Reporting.BuildReport report);
    }

    public interface IUnityLinkerProcessor : IOrderedCallback
    {
        string GenerateAdditionalLinkXmlFile(Reporting.BuildReport report, UnityLinker.UnityLinkerBuildPipelineData data);
    }

    public class BuildFailedException : Exception
    {
        public BuildFailedException(string message) : base(message) { }
    }
}

namespace UnityEditor.Build.Reporting
{
    public struct BuildSummary
    {
        public BuildTarget platform { get { return BuildTarget.iOS; } }
    }

    public sealed class BuildReport : UnityEngine.Object
    {
        public BuildSummary summary { get { return new BuildSummary(); } }
    }
}

namespace UnityEditor.UnityLinker
{
    public sealed class UnityLinkerBuildPipelineData { }
}

namespace UnityEditor.Callbacks
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class PostProcessBuildAttribute : Attribute
    {
        public PostProcessBuildAttribute(int callbackOrder) { }
    }
}

namespace UnityEditor.PackageManager
{
    public sealed class PackageInfo
    {
        public string resolvedPath { get { return ""; } }
        public static PackageInfo FindForAssembly(Assembly assembly) { return null; }
    }
}

namespace UnityEditor.iOS.Xcode
{
    public class PBXProject
    {
        public static string GetPBXProjectPath(string buildPath) { return buildPath; }
        public void ReadFromFile(string path) { }
        public void WriteToFile(string path) { }
        public string ProjectGuid() { return ""; }
        public string GetUnityMainTargetGuid() { return ""; }
        public string GetUnityFrameworkTargetGuid() { return ""; }
        public void SetBuildProperty(string targetGuid, string name, string value) { }
    }
}
