using System.Text.Json;

namespace Telemetry.Provisioning;

public static class RuleExport
{
    public static string Json() => JsonSerializer.Serialize(new
    {
        name = "ingest-send",
        rights = new[] { "Send" },
        value = "nnkMjXRq04p80I99VV8Y1TnEr5+T6SYz08O33IHX4dg=", // expect: AFS104
    });
}
