namespace Vault.Import;

public static class ImportFixtures
{
    public const string EncryptedPassword = "2.yelbu3BeS+Y0/KG+Q05kTw==|efSxSRFpiEg9hyEziIqa9jAliJNPSBgD4fOZerrlULv6o5ugGAjyeaONxX38G7nH|59jmqDyJZcjDrF9jT/2Fc7JLBByY7hjR+18qEU/3F30=";
    public const string JasyptValue = "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)";
    public const string ProtectedPayload = "CfDJ8BG70mMZa9q9gljoIN5qz19ZU_MoABVX3VYSVK25AOvrtMJObuPNcjoePQfmUqGHqkPrudrIVqv6t-6Hh-E8qeDWYI7I9DIQr3xJ0FFjcaXwc4iUzFymOxEDElog7dD2N3Lxd1DDhNcNzrSd9fX-4LIsNIv3b820e";

    public static string Describe() => $"{EncryptedPassword.Length} {JasyptValue.Length} {ProtectedPayload.Length}";
}
