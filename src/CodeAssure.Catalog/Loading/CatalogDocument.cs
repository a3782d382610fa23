using System.Text.Json.Serialization;

namespace CodeAssure.Catalog.Loading;

// The catalogue file's shape, exactly as stored. Every member is required unless marked optional, and unknown
// members are rejected, so a typo in the data fails loudly instead of silently dropping content.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.

internal sealed record CatalogDocument(
    [property: JsonRequired] string CatalogVersion,
    [property: JsonRequired] CodeDocument Code,
    [property: JsonRequired] AssuranceDocument Assurance,
    [property: JsonRequired] List<ThemeDocument> Themes,
    [property: JsonRequired] List<PrincipleDocument> Principles,
    [property: JsonRequired] List<ClaimDocument> Claims,
    [property: JsonRequired] List<RoleDocument> Roles,
    List<AudienceNoteDocument>? AudienceNotes,
    [property: JsonRequired] DraftDocument Draft,
    [property: JsonRequired] List<GlossaryDocument> Glossary);

internal sealed record CodeDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Edition,
    [property: JsonRequired] string Published,
    [property: JsonRequired] string Publisher,
    [property: JsonRequired] string SeniorResponsibleOwner,
    [property: JsonRequired] string Skills);

internal sealed record AssuranceDocument(
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Publisher,
    [property: JsonRequired] string Version,
    [property: JsonRequired] string Method,
    [property: JsonRequired] List<string> Answers,
    [property: JsonRequired] string AnswerScaleNote);

internal sealed record ThemeDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Purpose);

internal sealed record PrincipleDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Statement,
    List<string>? Guidance);

internal sealed record ClaimDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Statement,
    [property: JsonRequired] string RepositoryScan,
    [property: JsonRequired] List<string> Evidence,
    string? Source,
    List<string>? TechnicalControls);

internal sealed record RoleDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Name,
    [property: JsonRequired] string Description,
    List<string>? Examples,
    [property: JsonRequired] Dictionary<string, string> Themes);

internal sealed record AudienceNoteDocument(
    [property: JsonRequired] string Audience,
    [property: JsonRequired] string Note);

internal sealed record DraftDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Published,
    [property: JsonRequired] List<ProvisionDocument> Provisions);

internal sealed record ProvisionDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Theme,
    [property: JsonRequired] string Level,
    [property: JsonRequired] string Statement,
    [property: JsonRequired] List<string> CarriedInto,
    List<ControlDocument>? TechnicalControls,
    List<string>? TechnicalControlRefs,
    string? Note);

internal sealed record ControlDocument(
    [property: JsonRequired] string Id,
    [property: JsonRequired] string Title,
    [property: JsonRequired] string Outcome);

internal sealed record GlossaryDocument(
    [property: JsonRequired] string Term,
    [property: JsonRequired] string Definition);
