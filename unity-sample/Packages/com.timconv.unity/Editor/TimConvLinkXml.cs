#if UNITY_EDITOR
using System.IO;
using UnityEditor.Build;
using UnityEditor.Build.Reporting;
using UnityEditor.UnityLinker;
using PackageInfo = UnityEditor.PackageManager.PackageInfo;

namespace TimConv.Editor
{
    /// <summary>
    /// Hands the package's link.xml (Runtime/Generated/link.xml) to the managed code linker: Unity reads
    /// link.xml files from Assets on its own, but not from packages. Scripts reach the facade only by
    /// reflection, so without it IL2CPP builds with stripping would lose it.
    /// </summary>
    public sealed class TimConvLinkXml : IUnityLinkerProcessor
    {
        public int callbackOrder
        {
            get { return 0; }
        }

        public string GenerateAdditionalLinkXmlFile(BuildReport report, UnityLinkerBuildPipelineData data)
        {
            PackageInfo package = PackageInfo.FindForAssembly(typeof(TimConvFacade).Assembly);
            // Copied into Assets instead of installed as a package: Unity finds that link.xml itself.
            if (package == null) return null;
            return Path.Combine(package.resolvedPath, "Runtime", "Generated", "link.xml");
        }
    }
}
#endif
