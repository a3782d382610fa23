namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Document-level metadata (<c>/document</c>).</summary>
public sealed record DocumentMetadata
{
    /// <summary>Who is thanked.</summary>
    public IReadOnlyList<Acknowledgment>? Acknowledgments { get; init; }

    /// <summary>The advisory-wide severity.</summary>
    public AggregateSeverity? AggregateSeverity { get; init; }

    /// <summary>The document category, e.g. <c>csaf_security_advisory</c> or <c>csaf_vex</c>.</summary>
    public string Category { get; init; } = "";

    /// <summary>The CSAF version, "2.0".</summary>
    public string CsafVersion { get; init; } = "2.0";

    /// <summary>Rules for sharing the document.</summary>
    public Distribution? Distribution { get; init; }

    /// <summary>The language of the document (BCP 47).</summary>
    public string? Lang { get; init; }

    /// <summary>Notes about the document.</summary>
    public IReadOnlyList<Note>? Notes { get; init; }

    /// <summary>Who publishes the document.</summary>
    public Publisher Publisher { get; init; } = new();

    /// <summary>References about the document.</summary>
    public IReadOnlyList<Reference>? References { get; init; }

    /// <summary>The language of the original, for translations.</summary>
    public string? SourceLang { get; init; }

    /// <summary>The document title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Version, status and history.</summary>
    public Tracking Tracking { get; init; } = new();
}
