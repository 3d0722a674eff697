using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Metadata.Providers;

public static class ProviderSetup
{
    public static IServiceCollection AddTmdb(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<TmdbOptions>(o =>
        {
            o.ApiKey = config["Tmdb:ApiKey"] ?? string.Empty;
            o.Language = config["Tmdb:Language"] ?? "en-US";
        });
        return services;
    }
}
