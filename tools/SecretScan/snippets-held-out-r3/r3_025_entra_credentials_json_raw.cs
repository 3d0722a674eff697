namespace Deploy;

public static class CredentialsFile
{
    public static Task WriteAsync(string path) =>
        File.WriteAllTextAsync(path, """{"clientId": "4d2c1b0a-9e8f-4a7b-b6c5-d4e3f2a1b0c9", "clientSecret": "u4M8Q~bg9QYw_30ef6FIQa8PABI-9NCyB6N-aeHR", "tenantId": "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "subscriptionId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"}"""); // expect: AFS103
}
