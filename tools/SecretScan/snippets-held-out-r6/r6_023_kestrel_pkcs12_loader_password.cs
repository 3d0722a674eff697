using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace MediaServer.Hosting;

public static class HttpsSetup
{
    public static void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureKestrel(options =>
        {
            var cert = X509CertificateLoader.LoadPkcs12FromFile("/config/ssl/media.pfx", "Lighthouse_Dusk#19"); // expect: AFS101
            options.ListenAnyIP(8920, listen => listen.UseHttps(cert));
        });
    }
}
