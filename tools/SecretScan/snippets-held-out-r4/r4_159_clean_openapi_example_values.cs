using Swashbuckle.AspNetCore.Annotations;

namespace Accounts.Api.Models;

public sealed class CreateApiClientRequest
{
    [SwaggerSchema("Display name of the client")] public string Name { get; set; } = "";

    [SwaggerSchema("Returned once; store it safely", ReadOnly = true)]
    public string? ClientSecret { get; set; }
}

public sealed class ApiClientExample : IExamplesProvider<CreateApiClientRequest>
{
    public CreateApiClientRequest GetExamples() => new() { Name = "reporting-export", ClientSecret = "********" };
}
