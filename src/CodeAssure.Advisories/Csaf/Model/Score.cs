using System.Text.Json.Serialization;

namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>CVSS scores for some products.</summary>
public sealed record Score
{
    /// <summary>A CVSS v2.0 score.</summary>
    [JsonPropertyName("cvss_v2")]
    public CvssV2Score? CvssV2 { get; init; }

    /// <summary>A CVSS v3.0 or v3.1 score.</summary>
    [JsonPropertyName("cvss_v3")]
    public CvssV3Score? CvssV3 { get; init; }

    /// <summary>The products scored.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];
}
