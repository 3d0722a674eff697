using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

partial class Build : NukeBuild
{
    AbsolutePath PackagesDirectory => RootDirectory / "artifacts" / "packages";

    Target Publish => _ => _
        .DependsOn(Pack)
        .Executes(() =>
        {
            DotNetNuGetPush(s => s
                .SetSource("https://api.nuget.org/v3/index.json")
                .SetApiKey("oy2gvbao1vr37q69k03bv9bikn848jg48janpfb6wojrfq")  // expect: AFS101
                .CombineWith(PackagesDirectory.GlobFiles("*.nupkg"), (s, p) => s.SetTargetPath(p)));
        });
}
