using RestSharp;
using RestSharp.Authenticators;

namespace Ci.Triggers;

public static class JenkinsClient
{
    public static RestClient Create() =>
        new(new RestClientOptions("https://ci.build.internal")
        {
            Authenticator = new HttpBasicAuthenticator("release-trigger", "4a138c9cb4f3339edecf3aae33358359bf"), // expect: AFS101
        });
}
