namespace CodeAssure.Checks.SecurityTxt;

/// <summary>How serious a problem in a security.txt file is.</summary>
public enum SecurityTxtSeverity
{
    /// <summary>The file breaks a MUST of RFC 9116 (or the OpenPGP framing it relies on): the file is invalid.</summary>
    Error,

    /// <summary>The file is usable but ignores a SHOULD or RECOMMENDED of RFC 9116 (e.g. expiry more than a year ahead).</summary>
    Warning,
}
