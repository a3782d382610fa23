namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>One hash of a file.</summary>
public sealed record FileHash
{
    /// <summary>The algorithm, e.g. sha256.</summary>
    public string Algorithm { get; init; } = "";

    /// <summary>The hash, in hex.</summary>
    public string Value { get; init; } = "";
}
