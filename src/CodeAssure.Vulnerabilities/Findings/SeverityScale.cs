using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Findings;

/// <summary>Converts between CVSS scores, database severity words and <see cref="Severity"/>.</summary>
public static class SeverityScale
{
    /// <summary>The CVSS v3/v4 qualitative rating of a score (FIRST's table; also applied to v2 scores).</summary>
    public static Severity FromScore(double score) => score switch
    {
        < 0 or > 10 or double.NaN => throw new ArgumentOutOfRangeException(nameof(score), score, "a CVSS score is between 0.0 and 10.0"),
        0 => Severity.None,
        < 4.0 => Severity.Low,
        < 7.0 => Severity.Medium,
        < 9.0 => Severity.High,
        _ => Severity.Critical,
    };

    /// <summary>
    /// Reads a database's own severity word (GitHub's LOW/MODERATE/HIGH/CRITICAL, Debian's, PyPA's …),
    /// case-insensitively. Unrecognised words give false rather than a guess.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Severity severity)
    {
        severity = (text?.Trim().ToUpperInvariant()) switch
        {
            "CRITICAL" => Severity.Critical,
            "HIGH" or "IMPORTANT" => Severity.High,
            "MEDIUM" or "MODERATE" => Severity.Medium,
            "LOW" or "NEGLIGIBLE" or "UNIMPORTANT" => Severity.Low,
            "NONE" => Severity.None,
            _ => Severity.Unknown,
        };
        return severity != Severity.Unknown;
    }

    /// <summary>Parses a <c>--fail-on</c> threshold: low, medium, high or critical.</summary>
    public static bool TryParseThreshold(string? text, out Severity threshold)
    {
        threshold = (text?.Trim().ToUpperInvariant()) switch
        {
            "LOW" => Severity.Low,
            "MEDIUM" => Severity.Medium,
            "HIGH" => Severity.High,
            "CRITICAL" => Severity.Critical,
            _ => Severity.Unknown,
        };
        return threshold != Severity.Unknown;
    }
}
