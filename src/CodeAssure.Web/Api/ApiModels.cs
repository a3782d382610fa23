using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Api;

/// <summary>Creates an organisation.</summary>
internal sealed record OrganisationCreateRequest(string? Name, string? Slug, string? StakeholderRole);

/// <summary>Changes the organisation profile.</summary>
internal sealed record ProfileUpdateRequest(string? Name, string? StakeholderRole, string? SroName, string? SroAppointedOn, bool SroAcknowledged);

/// <summary>An organisation and its profile.</summary>
internal sealed record OrganisationResponse(Guid Id, string Slug, string Name, string StakeholderRole, string? SroName, DateOnly? SroAppointedOn, bool SroAcknowledged, string? Role)
{
    public static OrganisationResponse From(Organisation o, OrganisationRole? role) =>
        new(o.Id, o.Slug, o.Name, o.StakeholderRole, o.SroName, o.SroAppointedOn, o.SroAcknowledged, role?.ToString());
}

/// <summary>Adds a member.</summary>
internal sealed record MemberCreateRequest(string? Email, string? Role, string? InitialPassword);

/// <summary>A member.</summary>
internal sealed record MemberResponse(Guid Id, string Email, string Role);

/// <summary>Adds a training record.</summary>
internal sealed record TrainingCreateRequest(string? PersonName, string? Training, string? CompletedOn, string? ExpiresOn);

/// <summary>A training record.</summary>
internal sealed record TrainingResponse(Guid Id, string PersonName, string Training, DateOnly CompletedOn, DateOnly? ExpiresOn)
{
    public static TrainingResponse From(TrainingRecord t) => new(t.Id, t.PersonName, t.Training, t.CompletedOn, t.ExpiresOn);
}

/// <summary>Creates or changes a product.</summary>
internal sealed record ProductRequest(string? Name, string? Description);

/// <summary>A product.</summary>
internal sealed record ProductResponse(Guid Id, string Name, string? Description, DateTimeOffset CreatedAt)
{
    public static ProductResponse From(Product p) => new(p.Id, p.Name, p.Description, p.CreatedAt);
}

/// <summary>Records a release.</summary>
internal sealed record ReleaseCreateRequest(string? Version, string? ReleasedOn);

/// <summary>A release.</summary>
internal sealed record ReleaseResponse(Guid Id, Guid ProductId, string Version, DateOnly ReleasedOn)
{
    public static ReleaseResponse From(Release r) => new(r.Id, r.ProductId, r.Version, r.ReleasedOn);
}

/// <summary>Creates an API token.</summary>
internal sealed record TokenCreateRequest(string? Name);

/// <summary>An API token (the secret only in the creation response).</summary>
internal sealed record TokenResponse(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Token)
{
    public static TokenResponse From(ApiToken t, string? secret = null) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.RevokedAt, secret);
}

/// <summary>An uploaded evidence bundle's record.</summary>
internal sealed record EvidenceResponse(Guid Id, Guid ProductId, string Sha256, string SchemaVersion, string SubjectName, DateTimeOffset ScannedAt, DateTimeOffset UploadedAt, string Link);

/// <summary>An audit log entry.</summary>
internal sealed record AuditEntryResponse(long Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After, string Hash)
{
    public static AuditEntryResponse From(AuditEntry e) => new(e.Sequence, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Hash);
}
