using System.Buffers;

namespace CodeAssure.Checks.Secrets;

/// <summary>
/// The keyword contexts of the generic rules, whose keywords (<c>token</c>, <c>password</c>, <c>://</c>) occur far more
/// often in source code than secrets do: most occurrences (<c>CancellationToken ct</c>, <c>https://example.com/</c>)
/// fail these few character tests, and the pattern is then not run on the line at all.
/// </summary>
internal static class KeywordContexts
{
    // The patterns' [A-Za-z0-9_.\-] under (?i): case-insensitive matching also admits the Kelvin sign (for k) and the
    // long s (for s), so they count as name characters here too.
    private static readonly SearchValues<char> NameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-\u212A\u017F");
    private static readonly SearchValues<char> UserChars = SearchValues.Create(":@/ \t\r\n\f\v\"'<>");
    private static readonly SearchValues<char> PasswordChars = SearchValues.Create("@/ \t\r\n\f\v\"'<>");

    /// <summary>
    /// <c>name["'\]]?\s*(:=|=&gt;|=|:)</c>: the rest of an identifier, an optional closing quote or bracket, blanks and
    /// an assignment — what the assignment rules (<c>generic-secret</c>, <c>default-password</c>) require after the
    /// keyword inside the assigned name.
    /// </summary>
    public static bool Assignment(ReadOnlySpan<char> after)
    {
        var rest = after[Skip(after, NameChars)..];
        if (rest.Length > 0 && rest[0] is '"' or '\'' or ']')
        {
            rest = rest[1..];
        }

        rest = rest.TrimStart();
        return rest.Length > 0 && rest[0] is ':' or '=';
    }

    /// <summary><c>\s*=</c>: what a connection string's <c>password</c>/<c>pwd</c> key is followed by.</summary>
    public static bool EqualsSign(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        return rest.Length > 0 && rest[0] == '=';
    }

    /// <summary>
    /// <c>[^:@/\s"'&lt;&gt;]*:[^@/\s"'&lt;&gt;]+@</c>: user, colon, password and at-sign after a URL's <c>://</c>.
    /// </summary>
    public static bool UrlUserInfo(ReadOnlySpan<char> after)
    {
        var userEnd = after.IndexOfAny(UserChars);
        if (userEnd < 0 || after[userEnd] != ':')
        {
            return false;
        }

        var password = after[(userEnd + 1)..];
        var passwordEnd = password.IndexOfAny(PasswordChars);
        return passwordEnd > 0 && password[passwordEnd] == '@';
    }

    private static int Skip(ReadOnlySpan<char> text, SearchValues<char> chars)
    {
        var end = text.IndexOfAnyExcept(chars);
        return end < 0 ? text.Length : end;
    }
}
