// The published default accounts of local brokers and emulators set statement by statement, as options classes and
// test harnesses do: User = "admin"; Pass = "admin"; in a constructor, or a host configurator's AccessKey("admin") and
// SecretKey("admin") calls for LocalStack (any value accepted). The user name set beside them in the same block makes
// them the documented default, not a secret. r3_broker_statements_chosen.cs keeps chosen values in the same places reported.
namespace Corpus.R3BrokerStatements
{
    public interface IHostConfigurator
    {
        void AccessKey(string accessKey);

        void SecretKey(string secretKey);
    }

    public sealed class ActiveMqOptions
    {
        public ActiveMqOptions()
        {
            Host = "localhost";
            User = "admin";
            Pass = "admin";
        }

        public string Host { get; set; }

        public string User { get; set; }

        public string Pass { get; set; }
    }

    public sealed class RabbitHarness
    {
        public RabbitHarness()
        {
            Username = "guest";
            Password = "guest";
        }

        public string Username { get; set; }

        public string Password { get; set; }
    }

    public static class LocalStack
    {
        public static void Configure(IHostConfigurator h)
        {
            h.AccessKey("admin");
            h.SecretKey("admin");
        }
    }

    public sealed class BenchmarkOptions
    {
        public BenchmarkOptions()
        {
            SetAccessKey("admin");
            SetSecretKey("admin");
        }

        public void SetAccessKey(string accessKey) { }

        public void SetSecretKey(string secretKey) { }
    }
}
