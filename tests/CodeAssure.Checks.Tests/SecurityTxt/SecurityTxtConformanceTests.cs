using System.Globalization;
using CodeAssure.Checks.SecurityTxt;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Checks.Tests.SecurityTxt;

public sealed class SecurityTxtConformanceTests(ITestOutputHelper output)
{
    // For rows whose verdict holds at any time ("any"): a fixed moment keeps the run repeatable.
    private static readonly DateTimeOffset AnyTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_listed_file_gets_its_expected_verdict_at_its_evaluation_time()
    {
        var folder = ConformanceData.PathOf("securitytxt");
        var rows = File.ReadAllLines(Path.Combine(folder, "EXPECTED.csv")).Skip(1).Where(l => l.Length > 0).Select(ParseCsvLine).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var (path, expected, evaluateAt) = (row[0], row[1], row[2]);
            var at = evaluateAt == "any" ? AnyTime : DateTimeOffset.Parse(evaluateAt, CultureInfo.InvariantCulture);
            var result = SecurityTxtValidator.Validate(File.ReadAllBytes(Path.Combine(folder, path)), at);
            var actual = result.IsValid ? "valid" : "invalid";
            if (actual != expected)
            {
                failures.Add($"{path}: expected {expected}, got {actual}: {string.Join(" | ", result.Problems)}");
            }
        }

        ConformanceReport.Record(output, "security.txt RFC 9116 verdicts", rows.Count - failures.Count, rows.Count, failures);
        Assert.True(rows.Count >= 116, $"only {rows.Count} rows read from EXPECTED.csv");
        Assert.Empty(failures);
    }

    private static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
