namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>An advisory-wide severity in the publisher's own scale.</summary>
public sealed record AggregateSeverity
{
    /// <summary>The scale used.</summary>
    public Uri? Namespace { get; init; }

    /// <summary>The severity.</summary>
    public string Text { get; init; } = "";
}
