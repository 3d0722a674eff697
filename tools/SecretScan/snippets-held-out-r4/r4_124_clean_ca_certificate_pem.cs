using System.Security.Cryptography.X509Certificates;

namespace Broker.Tls;

public static class InternalCa
{
    private const string RootPem = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEoX2NOoKgmcLfhOpY2rAyN0Tqfq7eR9zKKWfjzSuHyOm6LZZRuE5PN8MviXAQkGnWRxw+C8AXuuGORl/OUYrqQd5j47xk8cOZ+DV1KAzjdq1ysbK0QSUEqG21ZJjcDOZ7P+w77eTJg7DqRgCsG+LQzc9vo2HSkKo2mWYYh0WwDarSGyCBkJ91tFndOb+XMXDz63BM/L1BmqcfohMOpiC+8Zx0Lh2PukShizZoZuvRg4HE1o1fpIfAkhHKag2dBtdh4Z++mGD/BKMp3hzzqiNrmCyIOWgLy41T09p9nijpszQ88sZ9zV8qhJraB/kEsqLIWcWrejubsPJCvhXCkKEKXFZmD2qAlopfvbCq7A3+pOGeVxi9t6I2XHrGjWenzE/u1+qiLRji1w04yQyEF/hlfXHP8nBO73Nlpymwx5NONxWKdgoJiMC2ItBeu/knQGcnEUXso/1/BapKisuHttppq9kT+Qwb6P3kz1ZKlMiL4NoBnOToLU45evdslnibhPPYNiEEB4a1kcezhBa5mDY/BRwfrslxX04s7m89g3skWhE1VIVXTynvHY5cEuFh88pBggCfGDABe4hweDFvtjnVYMb/xlv0PfMpdHnsn7gnVM6rBo1FOTxLeybWKxOWCHADlJ1UKU4uSEaOG3j/nDid6ZpOdbbARQmjTZHVLxrEYaxW3h//E6p3eQxFUV8jVRDzAAGNdUk5M88ZM6i4Xx5LQ5eYG+mrrs8UW4MxSx/kJflGepy7zhpDFtlZQ3fSiUeXTcEuC5G/zLY4n3Tn0DFg7kex8h/nfMyLh1qft42ymx+W4WKs9ZXz16AZIPCvdCSR5A7ReKURj7S3o3M7nnDUPDLzPUCAzODC+SNthZkTPNcOzg7XlK5tysFyXlcON4rm55wFe+zplNtpZ7RxlxaWiSV3n7OVeJdena3p2eaKaO/nA3l6/FBKu/IUmB6k5Y+EmIANz9YX7OkfTlflWAaNLGz8Oz6RWGJqEHLHBRbb\n-----END CERTIFICATE-----";

    public static X509Certificate2 Load() => X509Certificate2.CreateFromPem(RootPem);

    public static bool Validate(X509Certificate2 server)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Load());
        return chain.Build(server);
    }
}
