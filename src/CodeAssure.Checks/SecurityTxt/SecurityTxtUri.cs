using System.Buffers;
using System.Text.RegularExpressions;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>Reads a field value that must be one URI (RFC 3986 section 3), with the https rule of RFC 9116 for web URIs.</summary>
internal static partial class SecurityTxtUri
{
    // RFC 3986 unreserved, gen-delims and sub-delims; '%' is checked separately (it must start a percent-encoding).
    private static readonly SearchValues<char> UriChars = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=");

    /// <summary>Parses the value; on failure returns null and says why in <paramref name="problem"/>.</summary>
    public static Uri? Parse(string fieldName, string value, out string? problem)
    {
        problem = null;
        if (value.AsSpan().IndexOfAny(' ', '\t') >= 0)
        {
            problem = $"{fieldName} holds {ProblemList.Quote(value)}: one URI per field, without white space (multiple values MUST NOT be chained; repeat the field instead)";
            return null;
        }

        if (!SchemePattern().IsMatch(value))
        {
            problem = value.Contains('@', StringComparison.Ordinal)
                ? $"{fieldName} value {ProblemList.Quote(value)} is not a URI: write an e-mail address as mailto:{TrimForMessage(value)}"
                : value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] == '+')
                    ? $"{fieldName} value {ProblemList.Quote(value)} is not a URI: write a telephone number as tel:{TrimForMessage(value)}"
                    : $"{fieldName} value {ProblemList.Quote(value)} is not a URI (RFC 3986 needs a scheme, e.g. https:)";
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    problem = $"{fieldName} value {ProblemList.Quote(value)} has a '%' that does not start a percent-encoding (%XX)";
                    return null;
                }
            }
            else if (!UriChars.Contains(c))
            {
                problem = $"{fieldName} value {ProblemList.Quote(value)} contains {ProblemList.Quote(c.ToString())}, which a URI cannot contain; percent-encode it";
                return null;
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            problem = $"{fieldName} value {ProblemList.Quote(value)} is not a valid URI";
            return null;
        }

        if (IsWeb(uri) && string.IsNullOrEmpty(uri.Host))
        {
            problem = $"{fieldName} value {ProblemList.Quote(value)} is a web URI without a host";
            return null;
        }

        return uri;
    }

    /// <summary>Whether the URI is a web URI (http or https), the ones RFC 9116 requires to use https.</summary>
    public static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";

    private static string TrimForMessage(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
