using Microsoft.OpenApi.Models;

namespace Api.Docs;

public static class Schemas
{
    public const string LoginSchema = "{\"type\": \"object\", \"properties\": {\"username\": {\"type\": \"string\"}, \"password\": {\"type\": \"string\", \"format\": \"password\", \"writeOnly\": true}}, \"required\": [\"username\", \"password\"]}";

    public static OpenApiSecurityScheme ApiKey() => new()
    {
        Name = "X-API-KEY",
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Description = "API key needed to access the endpoints. Format: X-API-KEY: <key>",
    };
}
