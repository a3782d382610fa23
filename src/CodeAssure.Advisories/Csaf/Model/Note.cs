namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A note (<c>notes_t</c> item).</summary>
public sealed record Note
{
    /// <summary>Who the note is for.</summary>
    public string? Audience { get; init; }

    /// <summary>description, details, faq, general, legal_disclaimer, other or summary.</summary>
    public string Category { get; init; } = "";

    /// <summary>The note.</summary>
    public string Text { get; init; } = "";

    /// <summary>A title.</summary>
    public string? Title { get; init; }
}
