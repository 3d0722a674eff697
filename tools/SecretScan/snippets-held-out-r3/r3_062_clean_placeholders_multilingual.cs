namespace Contoso.Localization.Samples;

public sealed class DemoLoginDefaults
{
    public string PasswortDe { get; init; } = "Passwort";
    public string PasswordFr { get; init; } = "mot-de-passe";
    public string PasswordEs { get; init; } = "contraseña";
    public string PasswordRu { get; init; } = "пароль";
    public string PasswordJa { get; init; } = "パスワード";
    public string ApiKeyPt { get; init; } = "sua-chave-de-api";
    public string SecretDe { get; init; } = "Geheimnis-hier-eintragen";
    public string ClientSecretFr { get; init; } = "<votre secret client>";
}
