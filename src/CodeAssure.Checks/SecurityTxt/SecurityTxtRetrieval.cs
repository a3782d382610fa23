namespace CodeAssure.Checks.SecurityTxt;

/// <summary>How a security.txt file was fetched, for the checks of RFC 9116 sections 2.5.2 and 3 (https, Content-Type, Canonical).</summary>
/// <param name="Url">The URL the file was finally retrieved from (after redirects).</param>
/// <param name="ContentType">The Content-Type header as sent, or null when there was none.</param>
public sealed record SecurityTxtRetrieval(Uri Url, string? ContentType);
