namespace Updater;

public static class ReleaseSignature
{
    public const string PublicKey = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGByy97Z11HN85B9D0Ld1bacLsRLFDizyBreeeQMvRp/c+r6r7W3eFHWsf9Cdxx1TtOsebfF9o0hx8lhJVlJHJ+YRWvEuFmsAX8fz9HaCWzX9GG5qbHPDBFVfn5Q0iph0ISm7UiAq8UkB8UG/JpAInm1qXXY5rTpn4v04u/sie7n/T3733G7SVv85fRacCtZMNYEADUysVObY7J6JkwQuxZC0oZ4clmR9OuOzEemaNMDN63UmmLHt75ktRpTgPC75myQuIE9QuHDQtalETYTsb8lHddB9nw5JV/EPBFpJdJ2oCpLDMD+4OZB5qVq2aF4emloJjFS4ReYWKVinA6cC88zcFMndqIgwa8BTzBQtC+7ebT8yFsIVC/07TLN/LH5L0zhuLz60+sfP6mGQ6TWaBMA8pWfe/exs5tCOxDYkoS92FeWy6xi20h0i8kLEZ8wtgSm0mVyRU0dUqrNfce+uWxDBahmqnzUoMFJ39mKVuzVwejDASkfl4lk94tAbplBlSUWmSZchY1+6sykYCKWJZrVbljt/HSfOVOjQ/uGeSMh7PXcL99DBZW1toGlxk1U0a8OCWdXT5NHj+iJw14TEMM9sSstZ5ApMW0TDPLwowGf+aY91FjrEdsZt37XmFInj1C6yXavRHDdFpToAg69LIKHg6wCzsrCsPBmwUm2PjFIojSZ3WcTR1lEeeS1Xu\n=Xq3c\n-----END PGP PUBLIC KEY BLOCK-----\n";
    public const string Fingerprint = "1cb3e9e91412968669f06f14b0c168164b9dd7d8";

    public static bool Verify(Stream file, Stream signature) => OpenPgpVerifier.Verify(PublicKey, file, signature);
}
