// Outside tests, a key's name held under a key-sounding constant is not a key: the entry a master key is stored under
// (host.master), a request or log property's name (MS_PrimaryHost) whose last word is the word before "Key". A broker's
// published default account declared as an options class's pair of defaults (DefaultPass/DefaultUser, a Password and a
// UserName property initialised side by side) is its documented default. Generated keys under the same names, a chosen
// password of words, a default password beside another user and a chosen password beside a default user stay reported.
namespace Corpus.R6NameConstants
{
    public sealed class KubernetesSecretsStore
    {
        // host.master = value
        private const string MasterKey = "host.master";

        // host.function.{keyName} = value
        private const string HostFunctionKeyPrefix = "host.function.";

        public string Entry(string name) => name == "master" ? MasterKey : HostFunctionKeyPrefix + name;
    }

    public static class RequestProperties
    {
        public const string AzureFunctionsHostKey = "MS_AzureFunctionsHost";
        public const string LogPropertyPrimaryHostKey = "MS_PrimaryHost";
        public const string SessionAuthToken = "app.session.auth";
    }

    public static class GeneratedKeys
    {
        public const string MasterKey = "q7Lm2Xv9Rk4Tz8Wb3Nc6Hd1Pf5Jg0Ys2Ua7Ei9Ow=="; // expect: AFS101
        public const string AzureFunctionsHostKey = "Zk3vN8qR2mX7Lp4Tb9Wc6Hd1Yf5Jg0Ae"; // expect: AFS101
        public const string AdminPassword = "Orchard_Admin"; // expect: AFS101
    }

    // A page's route under a password-sounding name, and SQL checking a password with crypt(): a path, and a call whose
    // arguments are stand-ins. A password with slashes and digits, and a chosen password given to crypt(), stay reported.
    public static class ManageNavPages
    {
        public static string ChangePassword => "Account/Manage/ChangePassword";
        public static string RecoveryPassword => "Harbor/Lantern/Velvet9"; // expect: AFS101
    }

    public static class CryptQueries
    {
        public static string Check() => string.Format("password = crypt({0}, password)", "secret");
        public static string Seed() => string.Format("password = crypt({0}, password)", "Tz8Lw2Qm6Rx4"); // expect: AFS103
    }
}

namespace Corpus.R6OptionsDefaults
{
    public class BrokerOptions
    {
        /// <summary>Default password (value: "guest").</summary>
        public const string DefaultPass = "guest";

        /// <summary>Default user name (value: "guest").</summary>
        public const string DefaultUser = "guest";

        public string Password { get; set; } = DefaultPass;

        public string UserName { get; set; } = DefaultUser;
    }

    public class ActiveMqOptions
    {
        public string UserName { get; set; } = "admin";

        public string Password { get; set; } = "admin";
    }

    public class ChosenBrokerOptions
    {
        public const string DefaultPass = "guest"; // expect: AFS101
        public const string DefaultUser = "ledger";

        public string Password { get; set; } = DefaultPass;

        public string UserName { get; set; } = DefaultUser;
    }

    public class ChosenActiveMqOptions
    {
        public string UserName { get; set; } = "admin";

        public string Password { get; set; } = "Copper-Tundra-58"; // expect: AFS101
    }
}

namespace Corpus.R6TestStandIns
{
    using System.Collections.Generic;

    public sealed class FakeSecretManager
    {
        private readonly Dictionary<string, string> _keys = new();

        public string AddOrUpdate(string name, string? secret)
        {
            string resultSecret = secret ?? "generated";
            _keys[name] = resultSecret;
            return resultSecret;
        }

        public string AddChosen(string name)
        {
            string resultSecret = "Gx7Rq2Lm9Vz4Tk8Wn3Hb"; // expect: AFS101
            _keys[name] = resultSecret;
            return resultSecret;
        }
    }

    public static class SanitizerInputs
    {
        // Inputs a log sanitizer's test hides: a held-down letter, a SAS signature whose escape is broken.
        public static readonly string[] Hidden =
        {
            "AccountKey=heyyyyyyy",
            "some text abc://abc:aaaaaa1111aa@aaa.abc.io:1111 text",
            "https://store.blob.core.windows.net/releases/test.zip?sv=2018-03-28&sr=b&sig=d%2F7gP6ZGXvv%2RfHegvbwO88HaX0URZ%2BbXR6WGK%2BpcZE4%3D",
            "some text abc://abc:aaaaaa1111aa@aaa.abc.io:1111 some text AccountKey=heyyyyyyy text",
        };

        public static readonly string[] Real =
        {
            "DefaultEndpointsProtocol=https;AccountName=ledger;AccountKey=5oCEAbIYY+uFAYocD9JwDj+yyjnjPir/u3w3Ip4lAnNXapdlQp3Hze+0o+Lk7njPHpSxXHA9vmRbgnF1ex9qcA==;EndpointSuffix=core.windows.net", // expect: AFS103
            "https://store.blob.core.windows.net/releases/test.zip?sv=2018-03-28&sr=b&sig=d%2F7gP6ZGXvv9RfHegvbwO88HaX0URZ%2BbXR6WGK%2BpcZE4%3D", // expect: AFS103
            "amqp://ledger:kT4vRq8Lm2Xz@broker.internal:5672", // expect: AFS103
        };
    }
}
