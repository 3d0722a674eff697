public static class Catalog
{
    public const string Connection = "Server=tcp:catalog.database.windows.net,1433;Database=catalog;Authentication=Active Directory Managed Identity;User Id=3f0c2d1e-aaaa-4bbb-8ccc-0123456789ab;Encrypt=True";
}
