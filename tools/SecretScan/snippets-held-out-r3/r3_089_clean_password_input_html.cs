namespace Web.Components;

public static class Markup
{
    public const string NewPasswordField = "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"12\" required />";
    public const string CurrentPasswordField = "<input type=\"password\" name=\"current-password\" autocomplete=\"current-password\" />";
    public const string ApiKeyField = "<input type=\"text\" name=\"apiKey\" placeholder=\"Paste your API key\" spellcheck=\"false\" />";

    public static string Form(string action) => $"<form method=\"post\" action=\"{action}\">{CurrentPasswordField}{NewPasswordField}<button>Change password</button></form>";
}
