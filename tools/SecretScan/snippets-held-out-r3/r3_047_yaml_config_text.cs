namespace Agent.Config;

public static class DefaultConfig
{
    public const string Yaml = "agent:\n  name: edge-07\ndatabase:\n  host: 10.20.0.15\n  user: agent\n  password: Edge-Yaml-Basil5\n  pool: 10\n"; // expect: AFS103

    public static AgentConfig Load() => new YamlDotNet.Serialization.Deserializer().Deserialize<AgentConfig>(Yaml);
}
