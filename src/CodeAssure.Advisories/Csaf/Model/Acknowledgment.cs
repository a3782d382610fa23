namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>Recognition of people or organisations (<c>acknowledgments_t</c>).</summary>
public sealed record Acknowledgment
{
    /// <summary>The names of the people.</summary>
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>The organisation.</summary>
    public string? Organization { get; init; }

    /// <summary>What they did.</summary>
    public string? Summary { get; init; }

    /// <summary>Where to read more.</summary>
    public IReadOnlyList<Uri>? Urls { get; init; }
}
