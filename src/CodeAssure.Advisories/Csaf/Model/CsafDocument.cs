namespace CodeAssure.Advisories.Csaf.Model;

/// <summary>A CSAF 2.0 document: metadata, the product tree and the vulnerabilities (CSAF 2.0 §3.2).</summary>
public sealed record CsafDocument
{
    /// <summary>Metadata about the document (<c>/document</c>).</summary>
    public DocumentMetadata Document { get; init; } = new();

    /// <summary>The products the document speaks about (<c>/product_tree</c>).</summary>
    public ProductTree? ProductTree { get; init; }

    /// <summary>The vulnerabilities (<c>/vulnerabilities</c>).</summary>
    public IReadOnlyList<Vulnerability>? Vulnerabilities { get; init; }
}
