using System.Globalization;
using CodeAssure.TestSupport;
using CodeAssure.Vulnerabilities.Cvss;
using Xunit.Abstractions;

namespace CodeAssure.Vulnerabilities.Tests.Cvss;

/// <summary>
/// Scores every vector of the shared CVSS conformance files (lines "vector - (base, temporal, environmental)" for
/// v2.0/v3.x, "vector - (score,)" for v4.0; "None" where a score is absent) and requires every score to match exactly.
/// </summary>
public sealed class CvssConformanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("vectors_simple2")]
    [InlineData("vectors_simple3")]
    [InlineData("vectors_simple31")]
    [InlineData("vectors_simple4")]
    public void Scores_every_conformance_vector_exactly(string file)
    {
        var lines = File.ReadAllLines(ConformanceData.PathOf("cvss", file)).Where(l => l.Trim().Length > 0).ToList();
        var failures = new List<string>();
        foreach (var line in lines)
        {
            if (Check(line) is { } failure)
            {
                failures.Add(failure);
            }
        }

        ConformanceReport.Record(output, $"cvss {file}", lines.Count - failures.Count, lines.Count, failures);
        Assert.True(lines.Count > 100, $"{file} has only {lines.Count} vectors");
        Assert.Empty(failures);
    }

    private static string? Check(string line)
    {
        var separator = line.LastIndexOf(" - ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return $"{line}: not 'vector - scores'";
        }

        var text = line[..separator].Trim();
        var expected = line[(separator + 3)..].Trim().Trim('(', ')')
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s == "None" ? (double?)null : double.Parse(s, CultureInfo.InvariantCulture))
            .ToList();

        CvssVector vector;
        try
        {
            vector = CvssVector.Parse(text);
        }
        catch (CvssFormatException e)
        {
            return $"{text}: rejected: {e.Message}";
        }

        var actual = vector switch
        {
            CvssV2Vector v2 => [v2.BaseScore, v2.HasTemporalMetrics ? v2.TemporalScore : null, v2.HasEnvironmentalMetrics ? v2.EnvironmentalScore : null],
            CvssV3Vector v3 => [v3.BaseScore, v3.TemporalScore, v3.EnvironmentalScore],
            _ => new List<double?> { vector.Score },
        };

        // -0.0 in the data is equal to 0.0, as double equality has it.
        return expected.Count == actual.Count && expected.Zip(actual).All(p => p.First == p.Second)
            ? null
            : $"{text}: expected ({Format(expected)}), got ({Format(actual)})";
    }

    private static string Format(IEnumerable<double?> scores) =>
        string.Join(", ", scores.Select(s => s?.ToString("0.0", CultureInfo.InvariantCulture) ?? "None"));
}
