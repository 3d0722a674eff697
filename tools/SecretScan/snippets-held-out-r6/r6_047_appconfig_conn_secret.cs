using Microsoft.Extensions.Configuration;

namespace Portal.Web;

public static class RemoteSettings
{
    public static IConfigurationBuilder AddRemote(this IConfigurationBuilder builder) =>
        builder.AddAzureAppConfiguration("Endpoint=https://portal-settings.azconfig.io;Id=Xk2p-l0-s0:tvcLYaAEOfBvT6XTKLIWrgTP;Secret=WM+JB4VZeonaYSHT8U7XnMCdM9E+r+4gJL9Txa/K/k4="); // expect: AFS103
}
