namespace Wallet.Tests;

public static class IssuerConfig
{
    public const string Json = "{\"issuer\":\"https://wallet.test\",\"signingKey\":\"-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGSM49AgFQjTbS7vRjWrNkosJ94QZTUrF/wv7HUItxolZlBRkW\\nQIt/X0L1NGsDuQx8K9MXncM7E/cVlcfrhSEf5iJV7N9eqlPHyRO1iLQPvzo95amM\\n4S7pH3s+ty40C1ClvbCVDR/5TV01paqvh8t8S6YNTUSAlwxO7BgDw230\\n-----END PRIVATE KEY-----\\n\"}"; // expect: secret
}
