namespace Store.Web.Localization;

public static class German
{
    public static readonly IReadOnlyDictionary<string, string> Strings = new Dictionary<string, string>
    {
        ["Password"] = "Passwort",
        ["ApiKey"] = "API-Schlüssel",
        ["ClientSecret"] = "Geheimer Clientschlüssel",
    };
}
