using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Monitoring;

/// <summary>A release's SBOM as the API describes it (never its bytes: those are a separate download).</summary>
internal sealed record ReleaseSbomResponse(
    Guid Id, Guid ProductId, Guid ReleaseId, string Format, string MediaType, string Sha256, long SizeBytes, int ComponentCount,
    string UploadedBy, DateTimeOffset UploadedAt, Guid? MatchJobId)
{
    public static ReleaseSbomResponse From(ReleaseSbom s, Guid? jobId = null) =>
        new(s.Id, s.ProductId, s.ReleaseId, s.Format, s.MediaType, s.Sha256, s.SizeBytes, s.ComponentCount, s.UploadedBy, s.UploadedAt, jobId);
}

/// <summary>One component of a release's SBOM.</summary>
internal sealed record ReleaseComponentResponse(string Purl, string Name, string? Version, string? Ecosystem)
{
    public static ReleaseComponentResponse From(ReleaseComponent c) => new(c.Purl, c.Name, c.Version, c.Ecosystem);
}

/// <summary>A background job as operators see it.</summary>
internal sealed record BackgroundJobResponse(
    Guid Id, string Kind, string? Payload, string State, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset RunAfter,
    string? ClaimedBy, DateTimeOffset? ClaimedAt, DateTimeOffset? LeaseExpiresAt, DateTimeOffset? FinishedAt, string? Result, string? Error)
{
    public static BackgroundJobResponse From(BackgroundJob j) =>
        new(j.Id, j.Kind, j.Payload, j.State.ToString().ToLowerInvariant(), j.Attempts, j.CreatedAt, j.RunAfter, j.ClaimedBy, j.ClaimedAt,
            j.LeaseExpiresAt, j.FinishedAt, j.Result, j.Error);
}
