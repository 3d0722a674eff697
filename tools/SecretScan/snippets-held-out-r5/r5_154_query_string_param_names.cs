using System.Collections.Generic;
using Microsoft.AspNetCore.WebUtilities;
public static class Links
{
    public static string Reset(string baseUrl, string token) =>
        QueryHelpers.AddQueryString(baseUrl, new Dictionary<string, string?> { ["token"] = token, ["purpose"] = "password-reset" });
}
