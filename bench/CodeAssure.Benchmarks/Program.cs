using System.Globalization;
using CodeAssure.Benchmarks;

// Whole-operation benchmarks, each side by side with its baseline; figures go to docs/performance.md.
// Usage: dotnet run -c Release --project bench/CodeAssure.Benchmarks -- <benchmark> [options]
//   sbom-generate [runs=20] [entries=5000]
//   sbom-read     [runs=5]  [components=100000] [shape=both|cdxgen|minimal]
//   osv-import    [runs=3]  [records=20000]
//   vulns-setup   <folder> [records=300000] [components=10000]
//   vulns-match   <folder> [runs=5] [records=300000] [components=10000] [brute-force-sample=200]
//   npm-lock      <file> [entries=5000]       writes the synthetic package-lock.json (for side-by-side runs with cdxgen)
//   cyclonedx     <file> [components=100000] [minimal] writes the synthetic CycloneDX JSON (for memory measurements of sbom read)
//   secrets       <dir> [runs]               secret scanning throughput (bench/secrets/run.sh runs it beside rg and secretlint)
//   secrets-patterns                         prints the rule set as ripgrep patterns
//   assurance-prefill   [runs=20] [megabytes=5]   evidence bundle parse + prefill into a self-assessment
//   assurance-dashboard [runs=200] [products=50]  dashboard figures, gap lists, charts and heat map for many products
//   dashboard-serve     [products=50] [port=5090] the real server, seeded; prints URL + cookie, serves until killed (bench/dashboard/run.sh)
//   portal-serve        [products=20] [advisories=50] [port=5091] the real server with a public trust portal; prints URLs (bench/portal/run.sh)
//   monitoring-rematch  [releases=200] [components=1000] [records=20000] [database]  re-match every release after an OSV update (bench/monitoring/run.sh)
//   attest-verify       [runs=5] [count=1000]    verify signed attestations (bench/attestation/run.sh)
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

return args.FirstOrDefault() switch
{
    "sbom-generate" => await SbomGenerateBenchmark.RunAsync(Arg(1, 20), Arg(2, 5000)),
    "sbom-read" => SbomReadBenchmark.Run(Arg(1, 5), Arg(2, 100_000), args.Length > 3 ? args[3] : "both"),
    "osv-import" => await OsvImportBenchmark.RunAsync(Arg(1, 3), Arg(2, 20_000)),
    "vulns-setup" when args.Length > 1 => await VulnsMatchBenchmark.SetupAsync(args[1], Arg(2, 300_000), Arg(3, 10_000)),
    "vulns-match" when args.Length > 1 => VulnsMatchBenchmark.Run(args[1], Arg(2, 5), Arg(3, 300_000), Arg(4, 10_000), Arg(5, 200)),
    "secrets" => await SecretsBenchmark.RunAsync(args[1..]),
    "secrets-patterns" => SecretsBenchmark.PrintRipgrepPatterns(),
    "assurance-prefill" => AssuranceBenchmark.Prefill(Arg(1, 20), Arg(2, 5)),
    "assurance-dashboard" => AssuranceBenchmark.Dashboard(Arg(1, 200), Arg(2, 50)),
    "dashboard-serve" => await DashboardServeBenchmark.RunAsync(Arg(1, 50), Arg(2, 5090)),
    "portal-serve" => await PortalServeBenchmark.RunAsync(Arg(1, 20), Arg(2, 50), Arg(3, 5091)),
    "monitoring-rematch" => await MonitoringRematchBenchmark.RunAsync(Arg(1, 200), Arg(2, 1000), Arg(3, 20_000), args.Length > 4 ? args[4] : null),
    "attest-verify" => AttestationVerifyBenchmark.Run(Arg(1, 5), Arg(2, 1000)),
    "npm-lock" when args.Length > 1 => WriteNpmLock(args[1], Arg(2, 5000)),
    "cyclonedx" when args.Length > 1 => WriteCycloneDx(args[1], Arg(2, 100_000), args.Length > 3 && args[3] == "minimal"),
    _ => Usage(),
};

static int WriteNpmLock(string path, int entries)
{
    using var stream = File.Create(path);
    SyntheticNpmLock.Write(stream, entries);
    return 0;
}

static int WriteCycloneDx(string path, int components, bool minimal)
{
    using var stream = File.Create(path);
    SyntheticCycloneDx.Write(stream, components, minimal);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CodeAssure.Benchmarks sbom-generate|sbom-read|osv-import|vulns-setup <folder>|vulns-match <folder> [options] (see Program.cs)");
    return 2;
}

