using System.Text.Json;
using System.Text.Json.Serialization;
using CodeAssure.Attestation.InToto;

namespace CodeAssure.Attestation.Predicate;

/// <summary>
/// CodeAssure's own in-toto predicate (docs/attestation-predicate.schema.json): a signed-off self-assessment of a
/// product release against the UK Software Security Code of Practice, with every evidence digest.
/// </summary>
public sealed record SelfAssessmentPredicate
{
    /// <summary>The predicate type URI; a breaking change gets a new version segment.</summary>
    public const string PredicateType = "https://codeassure.dev/attestation/self-assessment/v1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = 16,
    };

    /// <summary>The organisation's name.</summary>
    public required string Organisation { get; init; }

    /// <summary>The product's name.</summary>
    public required string Product { get; init; }

    /// <summary>The release's version, or null when no release SBOM was known at sign-off.</summary>
    public string? Release { get; init; }

    /// <summary>The version of the Code catalogue the assessment answers.</summary>
    public required string CatalogVersion { get; init; }

    /// <summary>The organisation's stakeholder role, which decides the applicable claims.</summary>
    public required string StakeholderRole { get; init; }

    /// <summary>The signed-off assessment version and its canonical digest.</summary>
    public required AssessmentReference Assessment { get; init; }

    /// <summary>The SRO's sign-off.</summary>
    public required SignOffRecord SignOff { get; init; }

    /// <summary>When the attestation was issued (signed); a key must be valid at this time.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>When the attestation may be relied on.</summary>
    public required ValidityPeriod Validity { get; init; }

    /// <summary>The release SBOM's digest, or a note.</summary>
    public required SbomReference Sbom { get; init; }

    /// <summary>Every applicable claim's answer, argument and evidence ids.</summary>
    public required IReadOnlyList<ClaimRecord> Claims { get; init; }

    /// <summary>Every evidence item of the assessment.</summary>
    public required IReadOnlyList<EvidenceRecord> Evidence { get; init; }

    /// <summary>Every evidence bundle the assessment's automated evidence came from.</summary>
    public required IReadOnlyList<EvidenceBundleRecord> EvidenceBundles { get; init; }

    /// <summary>The predicate as a JSON element (for a statement).</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, Options);

    /// <summary>Reads and checks the predicate of a statement.</summary>
    /// <exception cref="StatementException">The predicate type is not this one, or a field is missing or malformed.</exception>
    public static SelfAssessmentPredicate From(InTotoStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.PredicateType != PredicateType)
        {
            throw new StatementException($"predicateType '{statement.PredicateType}' is not {PredicateType}");
        }

        SelfAssessmentPredicate? predicate;
        try
        {
            predicate = statement.Predicate.Deserialize<SelfAssessmentPredicate>(Options);
        }
        catch (JsonException e)
        {
            throw new StatementException($"the predicate is malformed{(e.Path is null ? "" : " at " + e.Path)}: {FirstLine(e.Message)}");
        }

        return predicate is null ? throw new StatementException("the predicate is null") : predicate.Checked();
    }

    private SelfAssessmentPredicate Checked()
    {
        Require(Sha256Hex.IsValid(Assessment.Sha256), "assessment.sha256 must be 64 lower-case hex digits");
        Require(Sbom.Sha256 is null || Sha256Hex.IsValid(Sbom.Sha256), "sbom.sha256 must be 64 lower-case hex digits");
        Require(Validity.NotAfter > Validity.NotBefore, "validity.notAfter must be after validity.notBefore");
        for (var i = 0; i < Evidence.Count; i++)
        {
            Require(Evidence[i] is not null && !string.IsNullOrEmpty(Evidence[i].Id), $"evidence[{i}].id is missing");
            Require(Evidence[i].Sha256 is null || Sha256Hex.IsValid(Evidence[i].Sha256), $"evidence[{i}].sha256 must be 64 lower-case hex digits");
        }

        for (var i = 0; i < EvidenceBundles.Count; i++)
        {
            Require(EvidenceBundles[i] is not null && Sha256Hex.IsValid(EvidenceBundles[i].Sha256), $"evidenceBundles[{i}].sha256 must be 64 lower-case hex digits");
        }

        for (var i = 0; i < Claims.Count; i++)
        {
            Require(Claims[i] is not null && !string.IsNullOrEmpty(Claims[i].Claim) && !string.IsNullOrEmpty(Claims[i].Principle), $"claims[{i}] has no claim or principle id");
        }

        return this;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new StatementException("the predicate is malformed: " + problem);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
