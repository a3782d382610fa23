using System.Diagnostics;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;

namespace CodeAssure.Benchmarks;

/// <summary>
/// <c>assurance-prefill [runs] [megabytes]</c>: parses a synthetic evidence bundle of the given size and merges its
/// proposals into a fresh self-assessment (target: 5 MB in at most 1 s).
/// <c>assurance-dashboard [runs] [products]</c>: computes and renders the dashboard for many products — per-product
/// figures, gap list and overview chart, the product × principle matrix and its heat map (target: p95 ≤ 50 ms for 50).
/// </summary>
internal static class AssuranceBenchmark
{
    public static int Prefill(int runs, int megabytes)
    {
        var bytes = BundleJson.Large(megabytes * 1024 * 1024);
        var reader = new EvidenceBundleReader();
        var assessment = Catalogs.NewAssessment();
        PrefillResult? last = null;
        var times = Time(runs, 3, () => last = AssessmentPrefill.Merge(assessment, reader.Read(bytes)));
        Console.WriteLine(Measure.Format(
            $"assurance-prefill: bundle {bytes.Length / 1e6:0.00} MB, {last!.Applied.Count} proposals applied; parse+prefill median {Measure.Median([.. times]):0.0} ms, p95 {Percentile(times, 95):0.0} ms, min {times.Min():0.0} ms, max {times.Max():0.0} ms over {runs} runs"));
        return 0;
    }

    public static int Dashboard(int runs, int products)
    {
        var catalog = Catalogs.Real;
        var assessments = Enumerable.Range(0, products).Select(i =>
        {
            var assessment = Catalogs.Complete(i % 3 == 0 ? "reseller" : "developer-distributor");
            return KeyValuePair.Create($"Product {i}", assessment.Edit(assessment.Claims[i % assessment.Claims.Count].Claim,
                c => c with { Answer = Answer.NotMet, Argument = null, Owner = "Owner", TargetDate = new DateOnly(2027, 1, 1) }));
        }).ToList();
        var today = new DateOnly(2026, 11, 23);
        var characters = 0;
        var times = Time(runs, 5, () =>
        {
            characters = 0;
            foreach (var (_, assessment) in assessments)
            {
                var figures = AssessmentFigures.Compute(assessment, catalog);
                characters += SvgCharts.Overview(figures).Length + GapList.For(assessment, catalog, today).Count;
            }

            characters += SvgCharts.HeatMap(ProductComparison.Compare(assessments, catalog)).Length;
        });
        Console.WriteLine(Measure.Format(
            $"assurance-dashboard: {products} products, {characters} characters of SVG; median {Measure.Median([.. times]):0.00} ms, p95 {Percentile(times, 95):0.00} ms, min {times.Min():0.00} ms over {runs} runs"));

        // The server reads every product's stored JSON on each dashboard view: time that part on its own.
        var stored = assessments.Select(a => AssessmentJson.ToCanonicalUtf8(a.Value)).ToList();
        var parse = Time(runs, 5, () => stored.ForEach(bytes => AssessmentJson.Read(bytes)));
        Console.WriteLine(Measure.Format(
            $"assurance-dashboard: parsing {products} stored assessments ({stored.Sum(b => b.Length) / 1e3:0} kB JSON) median {Measure.Median([.. parse]):0.00} ms, min {parse.Min():0.00} ms over {runs} runs"));
        return 0;
    }

    private static List<double> Time(int runs, int warmups, Action operation)
    {
        var times = new List<double>(runs);
        for (var run = -warmups; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            operation();
            clock.Stop();
            if (run >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
