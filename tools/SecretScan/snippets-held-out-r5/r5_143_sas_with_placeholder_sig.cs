public static class SasTemplate
{
    public const string Url = "https://{account}.blob.core.windows.net/{container}?sv=2022-11-02&sp=r&se={expiry}&sig={signature}";
}
