namespace CodeAssure.Checks.SecurityTxt;

/// <summary>The field names registered for security.txt (RFC 9116 section 6.2, plus CSAF registered by CSAF 2.0).</summary>
public static class SecurityTxtFieldNames
{
    /// <summary>A page thanking researchers (RFC 9116 section 2.5.1).</summary>
    public const string Acknowledgments = "Acknowledgments";

    /// <summary>Where this file is meant to be found (section 2.5.2).</summary>
    public const string Canonical = "Canonical";

    /// <summary>How to report a vulnerability; required, in order of preference (section 2.5.3).</summary>
    public const string Contact = "Contact";

    /// <summary>Where to get a key for encrypted reports (section 2.5.4).</summary>
    public const string Encryption = "Encryption";

    /// <summary>When the file becomes stale; required exactly once (section 2.5.5).</summary>
    public const string Expires = "Expires";

    /// <summary>Security job openings (section 2.5.6).</summary>
    public const string Hiring = "Hiring";

    /// <summary>The vulnerability disclosure policy (section 2.5.7).</summary>
    public const string Policy = "Policy";

    /// <summary>Languages reports may be written in; at most once (section 2.5.8).</summary>
    public const string PreferredLanguages = "Preferred-Languages";

    /// <summary>A CSAF provider-metadata.json (CSAF 2.0 section 7.1.8).</summary>
    public const string Csaf = "CSAF";

    /// <summary>Every registered name.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Acknowledgments, Canonical, Contact, Encryption, Expires, Hiring, Policy, PreferredLanguages, Csaf];

    /// <summary>The fields whose value is one URI.</summary>
    internal static IReadOnlyList<string> UriFields { get; } =
        [Acknowledgments, Canonical, Contact, Encryption, Hiring, Policy, Csaf];
}
