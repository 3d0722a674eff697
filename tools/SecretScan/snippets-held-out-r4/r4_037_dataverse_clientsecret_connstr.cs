using Microsoft.PowerPlatform.Dataverse.Client;

namespace Crm.Sync;

public static class DataverseFactory
{
    public static ServiceClient Create() => new(
        "AuthType=ClientSecret;Url=https://contoso-sales.crm4.dynamics.com;ClientId=fa09d63a-627a-4943-ac78-1bd5f6fbf408;ClientSecret=RY72Q~2UtoogH4j7EkWMufMyPGO2.uxgsvk39nf4");  // expect: AFS103
}
