namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A generic identifier URI and the namespace that defines it.</summary>
public sealed record GenericUri
{
    /// <summary>The namespace.</summary>
    public Uri? Namespace { get; init; }

    /// <summary>The identifier.</summary>
    public Uri? Uri { get; init; }
}
