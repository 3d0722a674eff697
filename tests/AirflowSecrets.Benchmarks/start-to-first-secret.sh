#!/usr/bin/env bash
# From process start to the first secret read: the main sample (samples/ExampleSecretsDag, its generated accessor
# over AirflowSecrets) against a minimal console app on the plain Azure SDK (SecretClient + ClientSecretCredential, the
# same package versions), both Release, both new processes reading one secret from the same dev vault
# (`airflow-secrets dev-vault`, its own process: same loopback Key Vault, same certificate, same token endpoint).
# The time is from the moment the process is started to the moment it prints that it has the secret; rounds
# alternate, medians and spreads are compared. Not part of CI: timings never decide a build.
# Usage: start-to-first-secret.sh OUT.md [ROUNDS]
set -euo pipefail
out="${1:?usage: start-to-first-secret.sh OUT.md [ROUNDS]}"
rounds="${2:-7}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
vault_pid=""
cleanup() { [ -n "$vault_pid" ] && kill "$vault_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

quiet() { "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log" >&2; echo "start-to-first-secret: failed: $*" >&2; exit 1; }; }
version() { sed -n "s|.*PackageVersion Include=\"$1\" Version=\"\([^\"]*\)\".*|\1|p" "$repo/Directory.Packages.props"; }

quiet dotnet build -c Release "$repo/src/AirflowSecrets.Cli" -nologo -v:q
quiet dotnet build -c Release "$repo/samples/ExampleSecretsDag" -nologo -v:q
cli="$(ls "$repo"/src/AirflowSecrets.Cli/bin/Release/net*/airflow-secrets.dll | head -n 1)"
sample="$repo/samples/ExampleSecretsDag/bin/Release/net10.0/ExampleSecretsDag.dll"

# The minimal app: what a job written on the plain SDK does to read one secret from the same vault.
plain="$work/plain"
mkdir -p "$plain"
cat >"$plain/Plain.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Security.KeyVault.Secrets" Version="$(version Azure.Security.KeyVault.Secrets)" />
    <PackageReference Include="Azure.Identity" Version="$(version Azure.Identity)" />
  </ItemGroup>
</Project>
XML
cat >"$plain/Program.cs" <<'CS'
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

// Reads the vault URL and its certificate from the same variables the dev vault writes for Airflow's backend.
using JsonDocument kwargs = JsonDocument.Parse(Environment.GetEnvironmentVariable("AIRFLOW__SECRETS__BACKEND_KWARGS")!);
var vault = new Uri(kwargs.RootElement.GetProperty("vault_url").GetString()!);
X509Certificate2 trusted = X509Certificate2.CreateFromPem(File.ReadAllText(kwargs.RootElement.GetProperty("connection_verify").GetString()!));
var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate != null && certificate.Thumbprint == trusted.Thumbprint,
};
var transport = new HttpClientTransport(handler);
var credential = new ClientSecretCredential(
    Environment.GetEnvironmentVariable("AZURE_TENANT_ID"), Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"), Environment.GetEnvironmentVariable("AZURE_CLIENT_SECRET"),
    new ClientSecretCredentialOptions { AuthorityHost = new Uri(Environment.GetEnvironmentVariable("AZURE_AUTHORITY_HOST")!), DisableInstanceDiscovery = true, Transport = transport });
var client = new SecretClient(vault, credential, new SecretClientOptions { DisableChallengeResourceVerification = true, Transport = transport });
KeyVaultSecret secret = await client.GetSecretAsync("airflow-variables-my-var");
Console.WriteLine("First secret read (" + secret.Value.Length + " characters)");
CS
quiet dotnet build -c Release "$plain" -nologo -v:q
plain_dll="$plain/bin/Release/net10.0/Plain.dll"

# The dev vault, seeded with the sample's variable; ready when it says so.
echo '{"my_var": "hello from the dev vault"}' >"$work/variables.json"
(cd "$work" && exec dotnet "$cli" dev-vault --seed variables.json --env-file "$work/dev-vault.env" --cert-file "$work/dev-vault.pem" >"$work/vault.log" 2>&1) &
vault_pid=$!
for _ in $(seq 1 300); do grep -q '^Ready' "$work/vault.log" 2>/dev/null && break; sleep 0.1; done
grep -q '^Ready' "$work/vault.log" || { cat "$work/vault.log" >&2; echo "start-to-first-secret: the dev vault did not start" >&2; exit 1; }

WORK="$work" SAMPLE="$sample" PLAIN="$plain_dll" ROUNDS="$rounds" OUT="$out" python3 - <<'PY'
import os, subprocess, statistics, time, datetime, platform
env = dict(os.environ)
for line in open(os.path.join(os.environ["WORK"], "dev-vault.env")):
    line = line.strip()
    if not line or line.startswith("#") or "=" not in line: continue
    k, v = line.split("=", 1)
    env[k] = v[1:-1] if len(v) >= 2 and v[0] == v[-1] == "'" else v

def once(dll, marker):
    start = time.monotonic()
    p = subprocess.Popen(["dotnet", dll], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    seen = None
    for line in p.stdout:
        if seen is None and line.startswith(marker): seen = time.monotonic() - start
    p.wait()
    if seen is None or p.returncode != 0: raise SystemExit(dll + " did not read the secret (exit " + str(p.returncode) + ")")
    return seen * 1000

variants = [("main sample (generated accessor, AirflowSecrets)", os.environ["SAMPLE"], "My variable is: "),
            ("minimal app (plain SecretClient)", os.environ["PLAIN"], "First secret read")]
for name, dll, marker in variants: once(dll, marker)  # warm the disk cache once each
runs = {name: [] for name, _, _ in variants}
for r in range(int(os.environ["ROUNDS"])):
    for name, dll, marker in (variants if r % 2 == 0 else variants[::-1]):
        runs[name].append(once(dll, marker))
with open(os.environ["OUT"], "w") as f:
    f.write("- Machine: %s, %d cores; %s UTC; %s rounds, alternating; both read `airflow-variables-my-var` from one `airflow-secrets dev-vault` process.\n\n"
            % (platform.platform(), os.cpu_count(), datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), os.environ["ROUNDS"]))
    f.write("| process | start to first secret, ms, median (min-max) | every run |\n|---|---|---|\n")
    for name, values in runs.items():
        f.write("| %s | %.0f (%.0f-%.0f) | %s |\n" % (name, statistics.median(values), min(values), max(values), " ".join("%.0f" % v for v in values)))
    a, b = (statistics.median(runs[n]) for n, _, _ in variants)
    f.write("\nRatio of medians, main sample / minimal app: %.2fx\n" % (a / b))
print(open(os.environ["OUT"]).read())
PY
