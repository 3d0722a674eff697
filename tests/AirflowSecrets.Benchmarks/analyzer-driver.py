"""Where a consumer build's compile time goes, by running csc directly (no build server) on the command line of a build.

Usage (consumer-build.sh calls it after its builds): analyzer-driver.py REPORT_LOG CONSUMER_DIR GENERATED_DIR WORK_DIR RUNS
REPORT_LOG is a `-v:d` build log holding the Csc command line; GENERATED_DIR the build's EmitCompilerGeneratedFiles output.
Builds two do-nothing analyzers (one registering a symbol-start/end pair per type, one operation actions only) and
prints a Markdown table: CPU seconds (user + sys of the csc process, min-max over RUNS) per combination of sources and
analyzers. CPU time, not wall time, so another process on the machine widens the spread less.
"""
import os, shlex, subprocess, sys, textwrap

report, consumer, generated, work = (os.path.abspath(a) for a in sys.argv[1:5])
runs = int(sys.argv[5])
line = next(l for l in open(report, encoding="utf-8") if "/bincore/csc " in l and "/out:" in l)
args = shlex.split(line.strip())
csc = args[0] + ".dll" if os.path.exists(args[0] + ".dll") else args[0]
args = args[1:]
options = [a for a in args if a.startswith("/") and not a.startswith(("/analyzer:", "/reportanalyzer", "/out:", "/refout:"))]
sources = [a for a in args if not a.startswith("/")]
analyzers = [a for a in args if a.startswith("/analyzer:")]
sdk = [a for a in analyzers if "AirflowSecrets." not in a]
generator = [a for a in analyzers if "AirflowSecrets.Generators" in a]
afs1xx = [a for a in analyzers if "AirflowSecrets.Analyzers" in a]
generated_files = [os.path.join(d, f) for d, _, fs in os.walk(generated) if "AirflowSecrets.Generators" in d for f in fs if f.endswith(".cs")]


def noop_analyzer(constant):
    """A do-nothing analyzer in a folder of its own (one shape per build, chosen by a preprocessor symbol); its path."""
    noop = os.path.join(work, "noop-" + constant)
    os.makedirs(noop, exist_ok=True)
    write_noop(noop, constant)
    subprocess.run(["dotnet", "build", noop, "-c", "Release", "-nologo", "-v:q", "-o", os.path.join(noop, "out"),
                    "--configfile", os.path.join(consumer, "nuget.config")], check=True, stdout=subprocess.DEVNULL)
    return ["/analyzer:" + os.path.join(noop, "out", "Noop.dll")]

def write_noop(noop, constant):
  with open(os.path.join(noop, "Noop.csproj"), "w") as f:
    f.write(textwrap.dedent("""\
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><LangVersion>latest</LangVersion>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><NoWarn>RS2008;RS1036;RS1038;RS1041</NoWarn>
            <DefineConstants>$(DefineConstants);%s</DefineConstants></PropertyGroup>
          <ItemGroup><PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" /></ItemGroup>
        </Project>
        """) % constant)
  with open(os.path.join(noop, "Noop.cs"), "w") as f:
    f.write(textwrap.dedent("""\
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class NoopAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Never = new("NOOP001", "never reported", "never reported", "Noop", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
        #if SYMBOL_START
                context.RegisterSymbolStartAction(start =>
                {
                    start.RegisterOperationAction(_ => { }, OperationKind.Literal);
                    start.RegisterSymbolEndAction(_ => { });
                }, SymbolKind.NamedType);
        #else
                context.RegisterOperationAction(_ => { }, OperationKind.Literal);
        #endif
            }
        }
        """))
noops = {"symbol start/end": noop_analyzer("SYMBOL_START"), "operation actions": noop_analyzer("OPERATIONS")}

def cpu(extra_sources, extra_analyzers):
    times = []
    for _ in range(runs):
        command = ["dotnet", csc, "/nologo", *options, "/out:" + os.path.join(work, "driver-out.dll"), *sources, *extra_sources, *extra_analyzers]
        process = subprocess.Popen(command, cwd=consumer, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        if status != 0:
            sys.exit("analyzer-driver: csc failed:\n" + output.decode(errors="replace")[-3000:])
        times.append(usage.ru_utime + usage.ru_stime)
    return "%.1f-%.1f" % (min(times), max(times))

rows = [
    ("the hand-written source, no analyzers", [], []),
    ("the same with the SDK's analyzers (what \"without\" builds)", [], sdk),
    ("+ the generated files as plain sources, no analyzers", generated_files, []),
    ("+ the generated files as plain sources, the SDK's analyzers", generated_files, sdk),
    ("the SDK's analyzers + the AirflowSecrets generator", [], sdk + generator),
    ("the same + the AFS1xx analyzer", [], sdk + generator + afs1xx),
    ("the SDK's analyzers + the generator + a do-nothing analyzer with a symbol-start/end pair", [], sdk + generator + noops["symbol start/end"]),
    ("the SDK's analyzers + the generator + a do-nothing analyzer with operation actions only", [], sdk + generator + noops["operation actions"]),
]
print("| csc over | CPU s (min-max of %d) |" % runs)
print("|---|---|")
for label, extra_sources, extra_analyzers in rows:
    print("| %s | %s |" % (label, cpu(extra_sources, extra_analyzers)))
