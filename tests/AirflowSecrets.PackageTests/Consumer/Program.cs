// A consumer of the AirflowSecrets package, built by the package test from a fresh folder.
using System;
using AirflowSecrets;
using AirflowSecrets.Backends;
using Azure.Identity;

var resolver = new AirflowSecretResolver(new IAirflowSecretsBackend[] { new InMemorySecretsBackend().SetVariable("my_var", "packaged-value") });
var secrets = new ConsumerSecrets(resolver);
Console.WriteLine("My variable is: " + await secrets.GetMyVarAsync());
Console.WriteLine("Declared: " + ConsumerSecrets.DeclaredSecrets.Count);

// A hard-coded client secret: the package's analyzer must warn (AFS101).
var credential = new ClientSecretCredential("tenant", "client", "hard-coded-s3cret!");
GC.KeepAlive(credential);

[AirflowVariable("my_var")]
internal sealed partial class ConsumerSecrets
{
}

// A key Key Vault would reject: the package's analyzer must warn (AFS004).
[AirflowVariable("bad.key")]
internal sealed partial class BadKeySecrets
{
}
