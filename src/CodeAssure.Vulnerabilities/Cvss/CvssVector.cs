using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// A parsed and scored CVSS vector of any version. <see cref="Parse"/> detects the version from the prefix
/// (<c>CVSS:3.0/</c>, <c>CVSS:3.1/</c>, <c>CVSS:4.0/</c>; none for v2.0) and returns a <see cref="CvssV2Vector"/>,
/// <see cref="CvssV3Vector"/> or <see cref="CvssV4Vector"/>. Instances are immutable and always valid.
/// </summary>
public abstract class CvssVector : IEquatable<CvssVector>
{
    /// <summary>The longest vector string accepted; the longest valid one (v4.0 with every metric) is under 250 characters.</summary>
    public const int MaxLength = 512;

    private protected CvssVector(string vectorString, IReadOnlyDictionary<string, string> metrics)
    {
        VectorString = vectorString;
        Metrics = metrics;
    }

    /// <summary>The CVSS version.</summary>
    public abstract CvssVersion Version { get; }

    /// <summary>The version as written in vector prefixes and JSON: "2.0", "3.0", "3.1" or "4.0".</summary>
    public string VersionName => Version switch
    {
        CvssVersion.Cvss20 => "2.0",
        CvssVersion.Cvss30 => "3.0",
        CvssVersion.Cvss31 => "3.1",
        _ => "4.0",
    };

    /// <summary>The vector string as given (v2.0 without the NVD's optional parentheses).</summary>
    public string VectorString { get; }

    /// <summary>The metrics written in the vector, by abbreviation (e.g. <c>AV</c> → <c>N</c>); metrics left out are absent.</summary>
    public IReadOnlyDictionary<string, string> Metrics { get; }

    /// <summary>The base score, 0.0–10.0 (for v4.0, the CVSS-B score: the vector scored without threat and environmental metrics).</summary>
    public abstract double BaseScore { get; }

    /// <summary>
    /// True when the vector sets a temporal (v4.0: threat) metric to something other than Not Defined, so a temporal
    /// score (v4.0: the BT or BTE nomenclature) is meaningful to report.
    /// </summary>
    public abstract bool HasTemporalMetrics { get; }

    /// <summary>True when the vector sets an environmental metric to something other than Not Defined.</summary>
    public abstract bool HasEnvironmentalMetrics { get; }

    /// <summary>
    /// The most specific score the vector supports: for v2.0 and v3.x the environmental score if it has environmental
    /// metrics, else the temporal score if it has temporal metrics, else the base score; for v4.0 its single score.
    /// </summary>
    public abstract double Score { get; }

    /// <summary>The severity rating of <see cref="Score"/> on this version's scale.</summary>
    public CvssSeverity Severity => SeverityOf(Score);

    /// <summary>Rates a score on this version's qualitative scale.</summary>
    public abstract CvssSeverity SeverityOf(double score);

    /// <summary>Parses a vector string of any supported version; throws <see cref="CvssFormatException"/> naming the bad metric.</summary>
    public static CvssVector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text);
        if (text.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            var prefix = slash < 0 ? text : text[..slash];
            return prefix switch
            {
                CvssV3Vector.Prefix30 or CvssV3Vector.Prefix31 => CvssV3Vector.Parse(text),
                CvssV4Vector.Prefix => CvssV4Vector.Parse(text),
                _ => throw new CvssFormatException(
                    $"unsupported CVSS version prefix {CvssMetricReader.Quote(prefix)} (expected CVSS:3.0, CVSS:3.1, CVSS:4.0, or no prefix for v2.0)"),
            };
        }

        if (text.StartsWith("cvss:", StringComparison.OrdinalIgnoreCase))
        {
            throw new CvssFormatException("the prefix must be written 'CVSS:' in upper case");
        }

        return CvssV2Vector.Parse(text);
    }

    /// <summary>Parses a vector string of any supported version, returning false instead of throwing when it is invalid.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CvssVector? vector)
    {
        vector = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            vector = Parse(text);
            return true;
        }
        catch (CvssFormatException)
        {
            return false;
        }
    }

    /// <summary>Returns the vector string.</summary>
    public override string ToString() => VectorString;

    /// <summary>Two vectors are equal when they have the same version and the same metric values, whatever their order.</summary>
    public bool Equals(CvssVector? other) =>
        other is not null
        && Version == other.Version
        && Metrics.Count == other.Metrics.Count
        && Metrics.All(m => other.Metrics.TryGetValue(m.Key, out var value) && value == m.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CvssVector);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = (int)Version;
        foreach (var (name, value) in Metrics)
        {
            // Order-independent, like Equals.
            hash ^= HashCode.Combine(name, value);
        }

        return hash;
    }

    private protected static void CheckLength(string text)
    {
        if (text.Length == 0)
        {
            throw new CvssFormatException("the vector is empty");
        }

        if (text.Length > MaxLength)
        {
            throw new CvssFormatException($"the vector is {text.Length} characters long; at most {MaxLength} are accepted");
        }
    }

    /// <summary>Rates a score on the v3.x/v4.0 scale.</summary>
    private protected static CvssSeverity FiveLevelSeverity(double score) => score switch
    {
        <= 0.0 => CvssSeverity.None,
        < 4.0 => CvssSeverity.Low,
        < 7.0 => CvssSeverity.Medium,
        < 9.0 => CvssSeverity.High,
        _ => CvssSeverity.Critical,
    };
}
