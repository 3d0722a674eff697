using Nuke.Common;
using Nuke.Common.Tools.DotNet;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

partial class Build : NukeBuild
{
    [Parameter("NuGet API key"), Secret] readonly string NuGetApiKey;
    [Parameter("GitHub token for releases"), Secret] readonly string GitHubToken;
    [Parameter] readonly string NuGetSource = "https://api.nuget.org/v3/index.json";

    Target Push => _ => _
        .Requires(() => NuGetApiKey)
        .Executes(() => DotNetNuGetPush(s => s.SetSource(NuGetSource).SetApiKey(NuGetApiKey).SetTargetPath("artifacts/*.nupkg")));
}
