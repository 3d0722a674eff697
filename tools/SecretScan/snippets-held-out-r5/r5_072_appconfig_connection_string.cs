using Microsoft.Extensions.Configuration;
public static class RemoteConfig
{
    public static IConfigurationBuilder Add(IConfigurationBuilder b) =>
        b.AddAzureAppConfiguration("Endpoint=https://appcs-catalog.azconfig.io;Id=Zx4r-l9-s0:Qm3pWq8Lr2Tn;Secret=+fIp6O48QIvf0pxdM3GnFqpcoVbHoVpgGWazpmZXW3Y="); // expect: AFS103
}
