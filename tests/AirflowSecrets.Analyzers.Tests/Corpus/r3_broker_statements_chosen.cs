// Chosen passwords and keys in the places r3_broker_defaults_statements.cs shows the published defaults: set statement
// by statement beside a user name that differs, or a default word beside another user: still credentials.
namespace Corpus.R3BrokerStatementsChosen
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
            User = "orders-service";
            Pass = "Qv7!rT2m#Lp9"; // expect: AFS101
        }

        public string User { get; set; }

        public string Pass { get; set; }
    }

    public sealed class RabbitHarness
    {
        public RabbitHarness()
        {
            Username = "billing";
            Password = "guest"; // expect: AFS101
        }

        public string Username { get; set; }

        public string Password { get; set; }
    }

    public static class Aws
    {
        public static void Configure(IHostConfigurator h)
        {
            h.AccessKey("AKIA4QX7RZ2LMN8TPW3D"); // expect: AFS101
            h.SecretKey("k9Zr2vQx7Lm4Tp8Ws3Nb6Yc1Hd5Fg0Ja2Ke7Ru9X"); // expect: AFS101
        }
    }

    public sealed class BenchmarkOptions
    {
        public BenchmarkOptions()
        {
            SetAccessKey("AKIA7QX2RZ9LMN4TPW6E"); // expect: AFS101
            SetSecretKey("admin"); // expect: AFS101
        }

        public void SetAccessKey(string accessKey) { }

        public void SetSecretKey(string secretKey) { }
    }
}
