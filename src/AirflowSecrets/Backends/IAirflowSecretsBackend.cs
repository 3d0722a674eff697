using System.Threading;
using System.Threading.Tasks;

namespace AirflowSecrets.Backends
{
    /// <summary>
    /// One place secrets are looked up, like an Airflow secrets backend. Implementations return the
    /// stored text, or <c>null</c> when they do not hold the key; any exception means "this backend
    /// failed", and the resolver logs it (without the value) and tries the next backend, as Airflow does.
    /// </summary>
    public interface IAirflowSecretsBackend
    {
        /// <summary>A short name for logs and error messages, e.g. "Azure Key Vault".</summary>
        string Name { get; }

        /// <summary>
        /// Where this backend looks for a key, in words for error messages: the secret or environment
        /// variable names, or why it does not look (a disabled kind, a refused name).
        /// </summary>
        string DescribeLookup(AirflowSecretKind kind, string key, string? teamName);

        /// <summary>The stored value, or <c>null</c> when this backend does not have it.</summary>
        ValueTask<string?> GetValueAsync(AirflowSecretKind kind, string key, string? teamName, CancellationToken cancellationToken);
    }
}
