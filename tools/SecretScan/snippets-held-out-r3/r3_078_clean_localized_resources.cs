using System.Globalization;

namespace Web.Resources;

public static class LoginStrings
{
    private static readonly Dictionary<string, Dictionary<string, string>> Table = new()
    {
        ["de"] = new() { ["PasswordLabel"] = "Passwort", ["ForgotPassword"] = "Passwort vergessen?", ["WrongPassword"] = "Das Passwort ist falsch." },
        ["fr"] = new() { ["PasswordLabel"] = "Mot de passe", ["ForgotPassword"] = "Mot de passe oublié ?", ["WrongPassword"] = "Mot de passe incorrect." },
        ["es"] = new() { ["PasswordLabel"] = "Contraseña", ["ForgotPassword"] = "¿Olvidaste tu contraseña?", ["ApiKeyLabel"] = "Clave de API" },
        ["zh"] = new() { ["PasswordLabel"] = "密码", ["WrongPassword"] = "密码错误" },
        ["ja"] = new() { ["PasswordLabel"] = "パスワード", ["WrongPassword"] = "パスワードが違います" },
    };

    public static string Get(string key) =>
        Table.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var t) && t.TryGetValue(key, out var v) ? v : key;
}
