using System;
public sealed class VaultlessBootstrap
{
    public Func<string> GetPassword { get; set; } = () => "j1D!Dm5k5UikQe!%66*"; // expect: AFS101
}
