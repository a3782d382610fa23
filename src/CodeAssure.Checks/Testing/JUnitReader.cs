using System.Globalization;
using System.Xml;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Reads JUnit XML in the shapes tools write it: a &lt;testsuites&gt; root or a single &lt;testsuite&gt;, suites nested in
/// suites, and test cases at any depth. Each &lt;testcase&gt; is counted from its children — &lt;failure&gt;, &lt;error&gt;,
/// &lt;skipped&gt; (Surefire's flaky reruns that finally passed count as passed) — because the suites' tests / failures /
/// errors / skipped attributes are sometimes missing or wrong; a mismatch is reported as a warning.
/// </summary>
internal static class JUnitReader
{
    private sealed class PendingCase
    {
        public required string Name { get; init; }

        public bool Failed { get; set; }

        public bool Error { get; set; }

        public bool Skipped { get; set; }

        public string? Message { get; set; }
    }

    private sealed class Stated
    {
        public int? Tests { get; set; }

        public int? Failures { get; set; }

        public int? Errors { get; set; }

        public int? Skipped { get; set; }

        public double? Time { get; set; }

        public void Add(Stated other)
        {
            Tests = Sum(Tests, other.Tests);
            Failures = Sum(Failures, other.Failures);
            Errors = Sum(Errors, other.Errors);
            Skipped = Sum(Skipped, other.Skipped);
            Time = other.Time is null ? Time : (Time ?? 0) + other.Time;
        }

        private static int? Sum(int? a, int? b) => a is null && b is null ? null : (int)Math.Min(int.MaxValue, (long)(a ?? 0) + (b ?? 0));
    }

    public static TestResultFile Read(EvidenceXml xml)
    {
        var reader = xml.Reader;
        var warnings = new List<string>();
        var failures = new List<FailedTest>();
        int passed = 0, failed = 0, errors = 0, skipped = 0;
        double caseTime = 0;
        string? tool = null;
        DateTimeOffset? started = null;

        var rootIsCollection = reader.LocalName == "testsuites";
        var root = ReadStated(xml, warnings);
        tool = ToolFromName(reader.GetAttribute("name"))
            ?? (reader.GetAttribute("noNamespaceSchemaLocation", "http://www.w3.org/2001/XMLSchema-instance") is { } schema
                && schema.Contains("surefire", StringComparison.OrdinalIgnoreCase) ? "Maven Surefire" : null);
        if (!rootIsCollection)
        {
            started = Timestamp(reader.GetAttribute("timestamp"));
        }

        var topSuites = new Stated();
        PendingCase? current = null;
        var stack = new Stack<string>();
        if (!reader.IsEmptyElement)
        {
            stack.Push(reader.LocalName);
        }

        while (stack.Count > 0 && xml.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (stack.Pop() == "testcase" && current is not null)
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

            var name = reader.LocalName;
            var empty = reader.IsEmptyElement;
            var parent = stack.Peek();
            switch (name)
            {
                case "testsuite":
                    if (rootIsCollection && reader.Depth == 1)
                    {
                        topSuites.Add(ReadStated(xml, warnings));
                        started ??= Timestamp(reader.GetAttribute("timestamp"));
                    }

                    tool ??= ToolFromName(reader.GetAttribute("name"));
                    break;
                case "property" when tool is null:
                    var property = reader.GetAttribute("name") ?? "";
                    tool = property == "go.version" ? "gotestsum"
                        : property.StartsWith("surefire.", StringComparison.Ordinal) ? "Maven Surefire"
                        : null;
                    break;
                case "testcase" when current is null:
                    var className = reader.GetAttribute("classname") ?? reader.GetAttribute("class");
                    var caseName = reader.GetAttribute("name") ?? $"(unnamed test at {xml.Position})";
                    current = new PendingCase { Name = string.IsNullOrEmpty(className) ? caseName : $"{className}.{caseName}" };
                    caseTime += xml.Number("time", warnings) ?? 0;
                    if (empty)
                    {
                        Count(current);
                        current = null;
                    }

                    break;
                case "failure" or "error" or "skipped" when parent == "testcase" && current is not null:
                    current.Failed |= name == "failure";
                    current.Error |= name == "error";
                    current.Skipped |= name == "skipped";
                    if (name != "skipped" && current.Message is null)
                    {
                        var message = reader.GetAttribute("message");
                        if (string.IsNullOrWhiteSpace(message))
                        {
                            message = xml.ReadText();
                            empty = true; // ReadText has consumed the element.
                        }

                        current.Message = string.IsNullOrWhiteSpace(message) ? null : EvidenceXml.Shorten(message);
                    }

                    break;
            }

            if (!empty)
            {
                stack.Push(name);
            }
        }

        var stated = rootIsCollection ? Prefer(root, topSuites) : root;
        var listed = passed + failed + errors + skipped;
        TestTotals totals;
        if (listed == 0 && stated.Tests is > 0)
        {
            warnings.Add($"{xml.Source}: no <testcase> elements are listed; totals are taken from the suite attributes");
            var statedFailed = stated.Failures ?? 0;
            var statedErrors = stated.Errors ?? 0;
            var statedSkipped = stated.Skipped ?? 0;
            var statedPassed = Math.Max(0, stated.Tests.Value - statedFailed - statedErrors - statedSkipped);
            totals = new TestTotals(statedPassed, statedFailed, statedErrors, statedSkipped);
        }
        else
        {
            totals = new TestTotals(passed, failed, errors, skipped);
            Compare("tests", stated.Tests, listed);
            Compare("failures", stated.Failures, failed);
            Compare("errors", stated.Errors, errors);
            Compare("skipped", stated.Skipped, skipped);
        }

        var seconds = stated.Time ?? (caseTime > 0 ? caseTime : (double?)null);
        TimeSpan? duration = seconds is { } s && s < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(s) : null;
        return new TestResultFile
        {
            Path = xml.Source,
            Format = TestReportFormat.JUnit,
            Tool = tool,
            Totals = new TestTotals(totals.Passed, totals.Failed, totals.Errors, totals.Skipped, duration),
            FailedTests = failures,
            Started = started,
            Warnings = warnings,
        };

        void Count(PendingCase test)
        {
            if (test.Failed)
            {
                failed++;
                FailedTest.Keep(failures, new FailedTest(test.Name, test.Message, IsError: false));
            }
            else if (test.Error)
            {
                errors++;
                FailedTest.Keep(failures, new FailedTest(test.Name, test.Message, IsError: true));
            }
            else if (test.Skipped)
            {
                skipped++;
            }
            else
            {
                passed++;
            }
        }

        void Compare(string attribute, int? statedCount, int counted)
        {
            if (statedCount is { } n && n != counted)
            {
                warnings.Add($"{xml.Source}: the suites state {attribute}=\"{n}\" but the test cases listed give {counted}; the test cases are counted");
            }
        }
    }

    private static Stated ReadStated(EvidenceXml xml, List<string> warnings) => new()
    {
        Tests = xml.Int("tests", warnings),
        Failures = xml.Int("failures", warnings),
        Errors = xml.Int("errors", warnings),
        Skipped = xml.Int("skipped", warnings) ?? xml.Int("skip", warnings),
        Time = xml.Number("time", warnings),
    };

    /// <summary>The collection's own attributes where present, else the sum of its top-level suites'.</summary>
    private static Stated Prefer(Stated root, Stated suites) => new()
    {
        Tests = root.Tests ?? suites.Tests,
        Failures = root.Failures ?? suites.Failures,
        Errors = root.Errors ?? suites.Errors,
        Skipped = root.Skipped ?? suites.Skipped,
        Time = root.Time ?? suites.Time,
    };

    private static string? ToolFromName(string? name) => name switch
    {
        "pytest" or "pytest tests" => "pytest",
        "jest tests" => "jest-junit",
        _ => null,
    };

    private static DateTimeOffset? Timestamp(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
