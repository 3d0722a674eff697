public static class DeployScript
{
    public const string Line = "helm upgrade --install api ./chart --set db.password=$(DB_PASSWORD) --set image.tag=$TAG";
}
