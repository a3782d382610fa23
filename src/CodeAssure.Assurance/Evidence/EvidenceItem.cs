using System.Collections.ObjectModel;
using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Evidence;

/// <summary>
/// One piece of evidence a claim can rely on: an uploaded file (name, media type, size, SHA-256), an https link, or
/// automated evidence (one check of an uploaded scan bundle and the facts it recorded). Immutable and valid by
/// construction: the factories throw <see cref="ArgumentException"/> on anything malformed.
/// </summary>
public sealed class EvidenceItem
{
    private EvidenceItem(string id, EvidenceKind kind, string title)
    {
        Id = id;
        Kind = kind;
        Title = title;
    }

    /// <summary>The item's id within its assessment: 1–64 of A–Z a–z 0–9 . _ - (the store assigns it).</summary>
    public string Id { get; }

    /// <summary>What the item is.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>A short description for people.</summary>
    public string Title { get; }

    /// <summary>The file's name (file evidence only).</summary>
    public string? FileName { get; private init; }

    /// <summary>The file's media type, e.g. application/pdf (file evidence only).</summary>
    public string? MediaType { get; private init; }

    /// <summary>The file's size in bytes (file evidence only).</summary>
    public long? Size { get; private init; }

    /// <summary>The file's SHA-256, 64 lower-case hex digits (file evidence only).</summary>
    public string? Sha256 { get; private init; }

    /// <summary>The link (link evidence only); always absolute https.</summary>
    public Uri? Url { get; private init; }

    /// <summary>The evidence bundle's id as the store knows it (automated evidence only).</summary>
    public string? BundleId { get; private init; }

    /// <summary>The check's id, e.g. CA-VDP-001 (automated evidence only).</summary>
    public string? CheckId { get; private init; }

    /// <summary>The facts the check recorded, sorted by name (automated evidence only; empty otherwise).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; private init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>File evidence. Use <see cref="EvidenceFilePolicy"/> to accept the upload and compute the digest first.</summary>
    public static EvidenceItem File(string id, string title, string fileName, string mediaType, long size, string sha256)
    {
        RequireId(id);
        TextRules.RequireName(title, nameof(title), AssessmentLimits.MaxNameLength);
        var nameProblem = EvidenceFilePolicy.ProblemWithFileName(fileName);
        if (nameProblem is not null)
        {
            throw new ArgumentException($"file name {nameProblem}", nameof(fileName));
        }

        TextRules.RequireName(mediaType, nameof(mediaType), 100);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (sha256 is null || sha256.Length != 64 || !sha256.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            throw new ArgumentException("sha256 must be 64 lower-case hex digits", nameof(sha256));
        }

        return new EvidenceItem(id, EvidenceKind.File, title) { FileName = fileName, MediaType = mediaType, Size = size, Sha256 = sha256 };
    }

    /// <summary>Link evidence; only absolute https URLs without user information are accepted.</summary>
    public static EvidenceItem Link(string id, string title, string url)
    {
        RequireId(id);
        TextRules.RequireName(title, nameof(title), AssessmentLimits.MaxNameLength);
        TextRules.RequireName(url, nameof(url), 2_000);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{url}' is not an absolute https URL", nameof(url));
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException("a link must not carry a user name or password", nameof(url));
        }

        return new EvidenceItem(id, EvidenceKind.Link, title) { Url = uri };
    }

    /// <summary>Automated evidence: one check of one uploaded scan bundle and the facts it recorded.</summary>
    public static EvidenceItem Automated(string id, string title, string bundleId, string checkId, IReadOnlyDictionary<string, string> facts)
    {
        RequireId(id);
        TextRules.RequireName(title, nameof(title), AssessmentLimits.MaxNameLength);
        TextRules.RequireName(bundleId, nameof(bundleId), AssessmentLimits.MaxNameLength);
        TextRules.RequireName(checkId, nameof(checkId), 64);
        ArgumentNullException.ThrowIfNull(facts);
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in facts)
        {
            TextRules.RequireName(name, nameof(facts), AssessmentLimits.MaxNameLength);
            TextRules.RequireText(value, nameof(facts), AssessmentLimits.MaxTextLength);
            sorted[name] = value;
        }

        return new EvidenceItem(id, EvidenceKind.Automated, title)
        {
            BundleId = bundleId,
            CheckId = checkId,
            Facts = new ReadOnlyDictionary<string, string>(sorted),
        };
    }

    /// <summary>True when <paramref name="id"/> is a well-formed evidence id.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= AssessmentLimits.MaxEvidenceIdLength
        && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-');

    private static void RequireId(string id)
    {
        if (!IsValidId(id))
        {
            throw new ArgumentException($"evidence id '{id}' must be 1–{AssessmentLimits.MaxEvidenceIdLength} characters of A–Z a–z 0–9 . _ -", nameof(id));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}): {Title}";
}
