namespace CodeAssure.Web.Attestations;

/// <summary>One issued attestation as listed (API and pages).</summary>
internal sealed record AttestationSummary(
    Guid Id, Guid ProductId, string Product, string? Release, string Subject, string SubjectSha256,
    int AssessmentVersion, string AssessmentSha256, string KeyId, DateTimeOffset IssuedAt, DateTimeOffset ValidUntil);
