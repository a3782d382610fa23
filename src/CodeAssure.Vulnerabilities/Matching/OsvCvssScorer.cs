using System.Diagnostics.CodeAnalysis;
using CodeAssure.Vulnerabilities.Cvss;
using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>Scores OSV <c>severity</c> entries of type CVSS_V2, CVSS_V3 and CVSS_V4 with CodeAssure's CVSS calculators.</summary>
public sealed class OsvCvssScorer : ICvssScorer
{
    /// <summary>The one instance; scoring has no state.</summary>
    public static OsvCvssScorer Instance { get; } = new();

    /// <inheritdoc />
    public bool TryScore(string type, string vector, [NotNullWhen(true)] out CvssRating? rating)
    {
        rating = null;
        if (type is not ("CVSS_V2" or "CVSS_V3" or "CVSS_V4") || !CvssVector.TryParse(vector, out var parsed))
        {
            return false;
        }

        // The type must agree with the vector: a CVSS_V3 entry holding a v4 vector is a data error, not a v4 score.
        var agrees = type switch
        {
            "CVSS_V2" => parsed.Version == CvssVersion.Cvss20,
            "CVSS_V3" => parsed.Version is CvssVersion.Cvss30 or CvssVersion.Cvss31,
            _ => parsed.Version == CvssVersion.Cvss40,
        };
        if (!agrees)
        {
            return false;
        }

        rating = new CvssRating(vector, parsed.VersionName, parsed.Score);
        return true;
    }
}
