using Nuke.Common;
using Nuke.Common.Tools.Git;

partial class Build : NukeBuild
{
    const string InfraRemote = "https://x-access-token:ghs_IIG39X02v45PIeF6cnClX2BPQzvTX28hT3Fk@github.com/contoso/infra-manifests.git";  // expect: AFS103

    Target BumpManifests => _ => _
        .Executes(() =>
        {
            GitTasks.Git($"clone --depth 1 {InfraRemote} manifests");
            GitTasks.Git("commit -am \"bump image tags\"", workingDirectory: RootDirectory / "manifests");
            GitTasks.Git("push origin HEAD", workingDirectory: RootDirectory / "manifests");
        });
}
