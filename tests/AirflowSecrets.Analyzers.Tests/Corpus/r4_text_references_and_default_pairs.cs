using System.Collections.Generic;

// Text that refers to a secret instead of holding one, and documented default accounts declared as Default constant
// pairs. Not reported: a docker --secret specification (key=value pairs naming the secret and its source), --password
// given an environment variable inside a JSON command line, a config reading its passphrase from the environment, values
// naming where the real value comes from, an env-style line whose unquoted value ends at ';' (the Cosmos DB emulator's
// published key), a container builder's DefaultUsername/DefaultPassword pair whose password is the user name and a published default
// (admin, artemis). Reported beside them: written values in the same places, a Default password beside another user
// name, a builder's own user-named pair of another word (mysql/mysql: a chosen weak password).
namespace Corpus.R4TextReferences
{
    public static class Commands
    {
        public static string BuildSecretFromEnv() => " --secret \"id=MY_SECRET,type=env,env=MY_SECRET\"";
        public static string BuildSecretFromFile() => "docker build --secret id=npmrc,type=file,src=/path/to/.npmrc .";
        public static string Login() => "docker login registry.contoso.io --username ci --password Harbor#Lantern61"; // expect: AFS102

        public const string GarnetManifest = "{ \"args\": [ \"/app/GarnetServer --protected-mode no --auth Password --password $GARNET_PASSWORD\" ] }";
        public const string RedisManifest = "{ \"args\": [ \"/app/RedisServer --auth Password --password Tundra#Velvet42\" ] }"; // expect: AFS102

        public const string ViteConfig = """
            export default defineConfig({
              server: {
                https: {
                  pfx: 'dev.pfx',
                  passphrase: process.env['TLS_CONFIG_PASSWORD'],
                },
              },
            })
            """;

        public static string EmulatorPrefix() { var prefix = "AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;AccountEndpoint="; return prefix; }
        public static string ChosenPrefix() { var prefix = "AccountKey=Qm9ndXNLZXlGb3JUaGVDb3JwdXNPbmx5TWFkZVVwSGVyZVJhbmRvbQ9x==;AccountEndpoint="; return prefix; } // expect: AFS103
    }

    public static class Parameters
    {
        public static Dictionary<string, string> FromSources { get; } = new Dictionary<string, string>
        {
            ["Parameters:pass"] = "ValueFromConfiguration",
            ["Parameters:secret"] = "open sesame from env",
        };

        public static Dictionary<string, string> Written { get; } = new Dictionary<string, string>
        {
            ["Parameters:pass"] = "Open-Sesame-Harbor-61", // expect: AFS102
        };
    }

    public sealed class GrafanaLikeBuilder
    {
        public const string DefaultUsername = "admin";
        public const string DefaultPassword = "admin";
    }

    public sealed class ArtemisLikeBuilder
    {
        public const string DefaultUsername = "artemis";
        public const string DefaultPassword = "artemis";
    }

    public sealed class MySqlLikeBuilder
    {
        public const string DefaultDatabase = "test";
        public const string DefaultUsername = "mysql";
        public const string DefaultPassword = "mysql"; // expect: AFS101
    }

    public sealed class SqlLikeBuilder
    {
        public const string DefaultUsername = "sa";
        public const string DefaultPassword = "Harbor(!)Lantern-61"; // expect: AFS101
    }

    public sealed class OtherUserBuilder
    {
        public const string DefaultUsername = "keycloak";
        public const string DefaultPassword = "admin"; // expect: AFS101
    }
}
