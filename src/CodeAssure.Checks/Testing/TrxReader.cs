using System.Globalization;
using System.Xml;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Reads Visual Studio TRX results: one outcome per top-level result under &lt;Results&gt; (inner results of
/// data-driven tests belong to their parent), the run's &lt;Times&gt;, and the &lt;ResultSummary&gt; counters, which
/// are checked against the results listed.
/// </summary>
internal static class TrxReader
{
    private sealed class PendingResult
    {
        public required string Name { get; init; }

        public required string Outcome { get; init; }

        public string? Message { get; set; }
    }

    public static TestResultFile Read(EvidenceXml xml)
    {
        var reader = xml.Reader;
        var warnings = new List<string>();
        var failures = new List<FailedTest>();
        int passed = 0, failed = 0, errors = 0, skipped = 0, listed = 0;
        DateTimeOffset? start = null, finish = null;
        TimeSpan summedDurations = TimeSpan.Zero;
        string? adapter = null;
        Counters? counters = null;
        PendingResult? current = null;
        var stack = new Stack<string>();
        stack.Push(reader.LocalName);
        if (reader.IsEmptyElement)
        {
            stack.Clear();
        }

        while (stack.Count > 0 && xml.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                var closed = stack.Pop();
                if (current is not null && reader.Depth == 2 && closed != "Results")
                {
                    Count(current);
                    current = null;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var parent = stack.Peek();
            var name = reader.LocalName;
            var empty = reader.IsEmptyElement;
            switch (name)
            {
                case "Times" when reader.Depth == 1:
                    start = Time(xml, "start", warnings);
                    finish = Time(xml, "finish", warnings);
                    break;
                case "TestMethod" when adapter is null:
                    adapter = reader.GetAttribute("adapterTypeName");
                    break;
                case "Counters" when parent == "ResultSummary":
                    counters = Counters.Read(xml, warnings);
                    break;
                default:
                    if (parent == "Results" && reader.Depth == 2)
                    {
                        listed++;
                        current = new PendingResult
                        {
                            Name = reader.GetAttribute("testName") ?? reader.GetAttribute("name") ?? $"(unnamed test at {xml.Position})",
                            Outcome = reader.GetAttribute("outcome") ?? "",
                        };
                        if (TimeSpan.TryParse(reader.GetAttribute("duration"), CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero)
                        {
                            summedDurations += duration;
                        }

                        if (empty)
                        {
                            Count(current);
                            current = null;
                        }
                    }
                    else if (name == "Message" && parent == "ErrorInfo" && current is { Message: null })
                    {
                        current.Message = EvidenceXml.Shorten(xml.ReadText());
                        continue; // ReadText consumed the end tag's content; the end tag itself is the current node.
                    }

                    break;
            }

            if (!empty)
            {
                stack.Push(name);
            }
        }

        TestTotals totals;
        if (listed == 0 && counters is not null)
        {
            // Some producers write only the summary; trust it, but say so.
            warnings.Add($"{xml.Source}: no test results are listed; totals are taken from <Counters>");
            totals = counters.ToTotals();
        }
        else
        {
            totals = new TestTotals(passed, failed, errors, skipped);
            if (counters is not null && counters.Total is { } stated && stated != listed)
            {
                warnings.Add($"{xml.Source}: <Counters total=\"{stated}\"> but {listed} test results are listed; the listed results are counted");
            }
        }

        TimeSpan? runTime = start is not null && finish is not null && finish >= start ? finish - start : (summedDurations > TimeSpan.Zero ? summedDurations : null);
        return new TestResultFile
        {
            Path = xml.Source,
            Format = TestReportFormat.Trx,
            Tool = ToolOf(adapter),
            Totals = new TestTotals(totals.Passed, totals.Failed, totals.Errors, totals.Skipped, runTime),
            FailedTests = failures,
            Started = start,
            Finished = finish,
            Warnings = warnings,
        };

        void Count(PendingResult result)
        {
            switch (result.Outcome)
            {
                case "Passed" or "PassedButRunAborted" or "Completed" or "Warning":
                    passed++;
                    break;
                case "Failed" or "Timeout" or "Aborted":
                    failed++;
                    FailedTest.Keep(failures, new FailedTest(result.Name, result.Message, IsError: false));
                    break;
                case "Error":
                    errors++;
                    FailedTest.Keep(failures, new FailedTest(result.Name, result.Message, IsError: true));
                    break;
                case "NotExecuted" or "Inconclusive" or "NotRunnable" or "Disconnected" or "Pending" or "InProgress":
                    skipped++;
                    break;
                default:
                    skipped++;
                    warnings.Add($"{xml.Source}: test '{EvidenceXml.Shorten(result.Name, 120)}' has unknown outcome \"{EvidenceXml.Shorten(result.Outcome, 40)}\"; counted as not run");
                    break;
            }
        }
    }

    private static DateTimeOffset? Time(EvidenceXml xml, string attribute, List<string> warnings)
    {
        var text = xml.Reader.GetAttribute(attribute);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        warnings.Add($"{xml.Source}:{xml.Position}: <Times {attribute}=\"{EvidenceXml.Shorten(text, 60)}\"> is not a time; ignored");
        return null;
    }

    /// <summary>The test framework, from the adapter's executor URI (e.g. executor://xunit/VsTestRunner3/netcore/).</summary>
    private static string ToolOf(string? adapter)
    {
        if (adapter is null)
        {
            return "vstest";
        }

        var uri = adapter.ToUpperInvariant();
        return uri.Contains("XUNIT", StringComparison.Ordinal) ? "xunit"
            : uri.Contains("NUNIT", StringComparison.Ordinal) ? "NUnit"
            : uri.Contains("MSTEST", StringComparison.Ordinal) ? "MSTest"
            : uri.Contains("TUNIT", StringComparison.Ordinal) ? "TUnit"
            : "vstest";
    }

    private sealed record Counters(int? Total, int Passed, int Failed, int Errors, int Skipped)
    {
        public static Counters Read(EvidenceXml xml, List<string> warnings)
        {
            int Get(string name) => xml.Int(name, warnings) ?? 0;
            return new Counters(
                xml.Int("total", warnings),
                Get("passed") + Get("passedButRunAborted"),
                Get("failed") + Get("timeout") + Get("aborted"),
                Get("error"),
                Get("notExecuted") + Get("inconclusive") + Get("notRunnable"));
        }

        // vstest leaves skipped tests out of notExecuted (total=111 executed=110 passed=110 notExecuted=0), so what
        // the total has beyond the outcomes counted is the skipped tests.
        public TestTotals ToTotals() => new(Passed, Failed, Errors, Math.Max(Skipped, (Total ?? 0) - Passed - Failed - Errors));
    }
}
