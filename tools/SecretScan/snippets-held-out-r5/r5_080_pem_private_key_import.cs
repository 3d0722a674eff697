using System.Security.Cryptography;
public static class PartnerSigner
{
    private static readonly string SigningPem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCTqd8aCH/OP3ZhrOnFNrffFtO18EwMbuB\n2fhR/4S71lREgcKKxYj9f/aSdGO0t192NzwYl4HCtFXQHb4XkbLkyhy0XH3ciYsF\njkURmI9N6bUCFr8RN6LFukZo9hyUmCAw6deRJJXJgeVzHZd5IubzX+AvWrHCo7+Z\nmoUnBJWyTUEUbpVEyy0/qMFwAPPnh87SbJGs0dIX/gSYAVEGIeogPA+HtgCLNIMY\nQo1Z8HdQLqM9EaBwnj19ddy2FaOHeX2WlqlNy3JKCdrWCK6zNaURvylr7DREvh1F\nUtYokolya6Zm6r9bU28Ath6jdOUmvr04lJ3Rty6HfIhEOsz/5K56D8oCSMta1DXD\niXmO+gEoftW4yk/HAbBDH4vtzSAHBt1XkXZsf1otu0MHynWwbjDjfAzpcMf9qbn+\nb15kGOzhP8uym4FwKekejM9/dReOrzhB5NeWQ9BuaebjwVgYJGjNs3utFlYQglCd\n70HsQGpNeqEs5XzjCbhKCHrIGT4nKRHtgKmZ5bK6DopXgNFaP0Ko2mftPDn3Zaux\nJsPE9PbGAlX4THtokzozPtZESBbVvEVXQf6Nga6HYSekGflE38O4+NV1cUJl87gg\nwe/KQ28pD9CNLEBWgBsFh0HmgNNcddu4uu4HSliAhJe3QdvW/JiehSBqFzZ9iBad\nABjkgW3rH/bnLseDIIL+rQXux031c3xH8SsHg03/G++OWXPp2TowR+QlpGS7lLuT\nEw+ava2vb0zR99DNWZpLHnqbIWBzHl2D031tNL/dOyih1+AbcAS8WxjJGDf/aNGu\ns9VoSnun0IJL4cwnWftC/kG9gRUDVyJi7jDiqNohV1wILJaeIFDjvw==\n-----END PRIVATE KEY-----"; // expect: AFS104
    public static RSA Load()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(SigningPem);
        return rsa;
    }
}
