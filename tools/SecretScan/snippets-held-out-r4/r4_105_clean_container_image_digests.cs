namespace Platform.Deploy;

public static class PinnedImages
{
    public static readonly IReadOnlyDictionary<string, string> ByService = new Dictionary<string, string>
    {
        ["orders-api"] = "registry.contoso.io/shop/orders-api@sha256:1e08238bf1babe0d89ebf240d109d832c642b001e38ba2cac2ce2220f53cc070",
        ["payments-worker"] = "registry.contoso.io/shop/payments-worker@sha256:f55b32fc947426ec82903214baa856f566ecb6830d73c4f78f2b88fe7b232894",
        ["airflow"] = "apache/airflow@sha256:ea445deeff44ac4ca95ceba38964bb386165ea427a8e09a8728df9f533591883",
    };
}
