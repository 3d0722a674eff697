using Microsoft.Identity.Client;
public static class Msal
{
    public static IConfidentialClientApplication App() => ConfidentialClientApplicationBuilder
        .Create("6d1f3c2a-8e4b-4f1a-9b7c-2d3e4f5a6b7c")
        .WithClientSecret("Wq7~Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St") // expect: AFS101
        .WithAuthority("https://login.microsoftonline.com/common")
        .Build();
}
