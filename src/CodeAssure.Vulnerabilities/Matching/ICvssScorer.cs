using System.Diagnostics.CodeAnalysis;
using CodeAssure.Vulnerabilities.Findings;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>Scores an OSV severity entry (<c>CVSS_V2</c>, <c>CVSS_V3</c>, <c>CVSS_V4</c> and a vector).</summary>
public interface ICvssScorer
{
    /// <summary>Scores the vector; false when the type is not CVSS or the vector is invalid.</summary>
    bool TryScore(string type, string vector, [NotNullWhen(true)] out CvssRating? rating);
}
