using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>Everything an advisory says, before it is written as CSAF by <see cref="AdvisoryComposer"/>.</summary>
public sealed record AdvisoryContent
{
    /// <summary>The issuing organisation.</summary>
    public required AdvisoryPublisher Publisher { get; init; }

    /// <summary>The CSAF <c>tracking.id</c>.</summary>
    public required string TrackingId { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>A summary for readers (a <c>summary</c> note).</summary>
    public string? Summary { get; init; }

    /// <summary>Longer details (a <c>details</c> note).</summary>
    public string? Details { get; init; }

    /// <summary>The products the advisory speaks about.</summary>
    public IReadOnlyList<AdvisoryProduct> Products { get; init; } = [];

    /// <summary>The vulnerabilities.</summary>
    public IReadOnlyList<AdvisoryVulnerability> Vulnerabilities { get; init; } = [];

    /// <summary>Whether the advisory is published (<c>final</c>) rather than a <c>draft</c>.</summary>
    public bool IsFinal { get; init; }

    /// <summary>
    /// The revision history, oldest first; the last entry gives the document version and current release date, the
    /// first the initial release date (see <see cref="AdvisoryRevisionHistory"/>).
    /// </summary>
    public required IReadOnlyList<Revision> Revisions { get; init; }

    /// <summary>The TLP label (CSAF 2.0: WHITE, GREEN, AMBER or RED); only WHITE is published openly.</summary>
    public string TlpLabel { get; init; } = "WHITE";

    /// <summary>Where the published CSAF file lives, written as the <c>self</c> reference when known.</summary>
    public Uri? SelfUrl { get; init; }

    /// <summary>The version of CodeAssure that wrote the document.</summary>
    public string? GeneratorVersion { get; init; }
}
