using System.Threading.Tasks;

// Names of entries in a browser's or cache's store are not keys: a session- or local-storage key, and a key name in
// capitalised segments (Contoso_PageState_Metrics) given to a storage key. A storage account key under StorageKey and a
// password of three segments under a password name stay reported.
namespace Corpus.R4BrowserStorageKeys
{
    public interface ILocalStorage { Task<bool> GetAsync(string key); }

    public static class BrowserStorageKeys
    {
        public const string MetricsPageState = "Contoso_PageState_Metrics";
        public const string BannerDismissedKey = "Contoso_Security_UnsecuredBannerDismissed";
    }

    public sealed class MetricsPage
    {
        public string SessionStorageKey => BrowserStorageKeys.MetricsPageState;
        public string LocalStorageKey { get; } = "Contoso_Layout_NavigationCollapsed";
    }

    public sealed class Layout
    {
        private readonly ILocalStorage _localStorage = null!;

        public Task<bool> ShouldSkipBannerAsync() => ShouldSkipMessageAsync(_localStorage, BrowserStorageKeys.BannerDismissedKey);

        private static Task<bool> ShouldSkipMessageAsync(ILocalStorage localStorage, string storageKey) => localStorage.GetAsync(storageKey);
    }

    public sealed class StorageOptions
    {
        public string StorageKey { get; set; } = "q3Vb8XkR2mZp7Tn4Wc9Ls6Hd1Yf5Jg0Ae3Ui8Ox2Ks7Nv4Bq9Cw6Dt1Ey5Fz0Gh=="; // expect: AFS101
        public string Password { get; set; } = "Harbor_Lantern_Velvet"; // expect: AFS101
    }
}
