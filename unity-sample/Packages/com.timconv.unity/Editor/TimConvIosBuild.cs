#if UNITY_EDITOR && UNITY_IOS
using System.Linq;
using UnityEditor;
using UnityEditor.Build;
using UnityEditor.Build.Reporting;
using UnityEditor.Callbacks;
using UnityEditor.iOS.Xcode;
using UnityEngine;

namespace TimConv.Editor
{
    /// <summary>
    /// iOS players link the SDK's dynamic framework (ImSDK_iOS_C.xcframework): it has to be embedded in
    /// the app, and the Xcode project has to build without bitcode. Before an iOS build this marks every
    /// copy of the framework in the project for embedding (the official Tencent IM package ships it
    /// marked already); after the build it turns bitcode off in the generated Xcode project.
    /// </summary>
    public sealed class TimConvIosBuild : IPreprocessBuildWithReport
    {
        private const string EmbedKey = "AddToEmbeddedBinaries";

        public int callbackOrder
        {
            get { return 0; }
        }

        public void OnPreprocessBuild(BuildReport report)
        {
            if (report.summary.platform != BuildTarget.iOS) return;
            PluginImporter[] frameworks = PluginImporter.GetAllImporters()
                .Where(p => TimConvNativePlugins.Ios.Any(name => p.assetPath.TrimEnd('/').EndsWith("/" + name)))
                .ToArray();
            if (frameworks.Length == 0)
            {
                throw new BuildFailedException("timconv: no " + string.Join(" or ", TimConvNativePlugins.Ios)
                    + " in the project. Add the official Tencent IM Unity package, or put the framework from its "
                    + "release under Assets/Plugins/iOS (see the timconv package README).");
            }
            foreach (PluginImporter framework in frameworks)
            {
                if (!framework.GetCompatibleWithPlatform(BuildTarget.iOS)) continue;
                if (framework.GetPlatformData(BuildTarget.iOS, EmbedKey) == "true") continue;
                framework.SetPlatformData(BuildTarget.iOS, EmbedKey, "true");
                framework.SaveAndReimport();
                Debug.Log("timconv: " + framework.assetPath + " is now embedded in iOS builds");
            }
        }

        [PostProcessBuild(100)]
        public static void TurnBitcodeOff(BuildTarget target, string path)
        {
            if (target != BuildTarget.iOS) return;
            string projectPath = PBXProject.GetPBXProjectPath(path);
            var project = new PBXProject();
            project.ReadFromFile(projectPath);
            foreach (string guid in new[] { project.ProjectGuid(), project.GetUnityMainTargetGuid(), project.GetUnityFrameworkTargetGuid() })
            {
                project.SetBuildProperty(guid, "ENABLE_BITCODE", "NO");
            }
            project.WriteToFile(projectPath);
        }
    }
}
#endif
