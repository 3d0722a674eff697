namespace Interop.Sidecar;

public static class SidecarConfig
{
    public static string ApplicationProperties() =>
        "server.port=8081\n" +
        "spring.datasource.url=jdbc:postgresql://db.internal:5432/search\n" +
        "spring.datasource.username=search\n" +
        "spring.datasource.password=R#6!zHAQ!#3rh.\n"; // expect: AFS102
}
