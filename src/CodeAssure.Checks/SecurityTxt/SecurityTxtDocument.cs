namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// What a security.txt file says, read as far as it could be: every field in order, and the registered fields as
/// typed values (only the values that were valid). Whether the file is valid is on <see cref="SecurityTxtValidationResult"/>.
/// </summary>
public sealed class SecurityTxtDocument
{
    internal SecurityTxtDocument(IReadOnlyList<SecurityTxtField> fields, bool isSigned, IReadOnlyList<string> hashAlgorithms)
    {
        Fields = fields;
        IsSigned = isSigned;
        HashAlgorithms = hashAlgorithms;
    }

    /// <summary>Every field in file order, registered and extension fields alike.</summary>
    public IReadOnlyList<SecurityTxtField> Fields { get; }

    /// <summary>Whether the file is an OpenPGP cleartext-signed message (the signature itself is not verified).</summary>
    public bool IsSigned { get; }

    /// <summary>The hash algorithms named in the signed message's "Hash:" headers.</summary>
    public IReadOnlyList<string> HashAlgorithms { get; }

    /// <summary>Contact URIs, most preferred first.</summary>
    public IReadOnlyList<Uri> Contacts { get; internal set; } = [];

    /// <summary>When the file becomes stale, if a valid Expires was given.</summary>
    public DateTimeOffset? Expires { get; internal set; }

    /// <summary>Acknowledgments pages.</summary>
    public IReadOnlyList<Uri> Acknowledgments { get; internal set; } = [];

    /// <summary>Canonical locations of the file.</summary>
    public IReadOnlyList<Uri> Canonical { get; internal set; } = [];

    /// <summary>Where encryption keys can be fetched.</summary>
    public IReadOnlyList<Uri> Encryption { get; internal set; } = [];

    /// <summary>Security job pages.</summary>
    public IReadOnlyList<Uri> Hiring { get; internal set; } = [];

    /// <summary>Vulnerability disclosure policies.</summary>
    public IReadOnlyList<Uri> Policy { get; internal set; } = [];

    /// <summary>CSAF provider-metadata.json locations.</summary>
    public IReadOnlyList<Uri> Csaf { get; internal set; } = [];

    /// <summary>Preferred report languages (RFC 5646 tags), in the order written.</summary>
    public IReadOnlyList<string> PreferredLanguages { get; internal set; } = [];

    /// <summary>Fields not registered for security.txt: kept, and ignored by researchers (RFC 9116 section 2.4).</summary>
    public IReadOnlyList<SecurityTxtField> ExtensionFields =>
        Fields.Where(f => !SecurityTxtFieldNames.All.Any(f.Is)).ToList();
}
