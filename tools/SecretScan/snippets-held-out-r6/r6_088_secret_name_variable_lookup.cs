namespace Pipelines.Config;

public sealed class ConnectionLookup
{
    public string WarehousePasswordSecretName { get; init; } = "airflow-connections-warehouse";
    public string FernetKeyVariable { get; init; } = "AIRFLOW__CORE__FERNET_KEY";
    public string ClientSecretSetting { get; init; } = "AzureAd:ClientSecret";
}
