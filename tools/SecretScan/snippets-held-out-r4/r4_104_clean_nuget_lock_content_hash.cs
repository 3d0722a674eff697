using Xunit;

namespace Deps.Audit.Tests;

public sealed class LockFileTests
{
    private const string LockJson = """
        {
          "version": 1,
          "dependencies": {
            "net8.0": {
              "Newtonsoft.Json": { "type": "Direct", "requested": "[13.0.3, )", "resolved": "13.0.3", "contentHash": "jmq2nN83kYM0ahnfSQqQFsUcxXELYRxAygE9UGeFVKKwi1GhEVNjsEKBxJ/nNcd/bPGa36kAh+EoyHmOvg3phQ==" },
              "Serilog": { "type": "Direct", "requested": "[3.1.1, )", "resolved": "3.1.1", "contentHash": "OSIAGFY0C8RQQ7jKc+YqujbRFqOR48mVQY68cnYP2E7w2Dnim1+Zt1wFVQNjEus4xpnPoKVmh5XN9im6Af/udw==" }
            }
          }
        }
        """;

    [Fact]
    public void Reads_resolved_versions() => Assert.Equal("13.0.3", LockFile.Parse(LockJson).Resolved("Newtonsoft.Json"));
}
