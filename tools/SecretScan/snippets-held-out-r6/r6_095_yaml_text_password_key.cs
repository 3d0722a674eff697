namespace Search.Sidecar;

public static class ExporterConfig
{
    public static string Yaml() =>
        "elasticsearch:\n" +
        "  uri: https://search.internal:9200\n" +
        "  username: exporter\n" +
        "  password: JYy8lYr5BkdL_dzdiL\n" + // expect: AFS103
        "  timeout: 10s\n";
}
