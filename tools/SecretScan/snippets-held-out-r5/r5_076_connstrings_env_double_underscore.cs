using System.Diagnostics;
public static class ApiUnderTest
{
    public static ProcessStartInfo Start() => new ProcessStartInfo("dotnet", "Api.dll")
    {
        Environment =
        {
            ["ConnectionStrings__Main"] = "Host=pg-test.internal;Database=api;Username=api;Password=xQ7vFaXVQeQ8w8anB", // expect: AFS103
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        },
    };
}
