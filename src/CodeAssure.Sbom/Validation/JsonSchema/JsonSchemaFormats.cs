using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>
/// The draft-07 <c>format</c> values checked as assertions. Draft-07 makes format checking optional; CycloneDX relies on
/// date-time, email and IRI references being checked, so these are. Formats not listed here are accepted unchecked.
/// </summary>
internal static partial class JsonSchemaFormats
{
    /// <summary>Checks <paramref name="value"/> against a format; null when fine, otherwise why not.</summary>
    public static string? Check(string format, string value) => format switch
    {
        "date-time" => IsDateTime(value) ? null : "is not an RFC 3339 date-time (e.g. 2024-05-01T12:00:00Z)",
        "date" => IsFullDate(value) ? null : "is not an RFC 3339 full-date (e.g. 2024-05-01)",
        "time" => IsFullTime(value) ? null : "is not an RFC 3339 full-time (e.g. 12:00:00Z)",
        "email" => IsEmail(value, asciiOnly: true) ? null : "is not an e-mail address",
        "idn-email" => IsEmail(value, asciiOnly: false) ? null : "is not an e-mail address",
        "uri" => IsReference(value, asciiOnly: true, mustBeAbsolute: true) ? null : "is not an absolute URI",
        "uri-reference" => IsReference(value, asciiOnly: true, mustBeAbsolute: false) ? null : "is not a URI reference",
        "iri" => IsReference(value, asciiOnly: false, mustBeAbsolute: true) ? null : "is not an absolute IRI",
        "iri-reference" => IsReference(value, asciiOnly: false, mustBeAbsolute: false) ? null : "is not an IRI reference",
        "ipv4" => IsIPv4(value) ? null : "is not an IPv4 address",
        "ipv6" => IsIPv6(value) ? null : "is not an IPv6 address",
        "hostname" => HostnamePattern().IsMatch(value) && value.Length <= 253 ? null : "is not a host name",
        "uuid" => UuidPattern().IsMatch(value) ? null : "is not a UUID",
        _ => null,
    };

    private static bool IsDateTime(string value)
    {
        var t = value.IndexOfAny(['T', 't']);
        return t > 0 && IsFullDate(value[..t]) && IsFullTime(value[(t + 1)..]);
    }

    private static bool IsFullDate(string value)
    {
        var match = FullDatePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool IsFullTime(string value)
    {
        var match = FullTimePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        static int At(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
        var offsetOk = !match.Groups[6].Success || (At(match, 6) <= 23 && At(match, 7) <= 59);
        // Second 60 is a leap second, which RFC 3339 allows.
        return At(match, 1) <= 23 && At(match, 2) <= 59 && At(match, 3) <= 60 && offsetOk;
    }

    private static bool IsEmail(string value, bool asciiOnly)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        if (asciiOnly && value.Any(c => c > 0x7f))
        {
            return false;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        var quoted = local.Length >= 2 && local[0] == '"' && local[^1] == '"';
        if (!quoted && (local.Contains('@', StringComparison.Ordinal) || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)))
        {
            return false;
        }

        if (domain.StartsWith('[') && domain.EndsWith(']'))
        {
            return IPAddress.TryParse(domain.AsSpan(1, domain.Length - 2).ToString().Replace("IPv6:", "", StringComparison.OrdinalIgnoreCase), out _);
        }

        return domain.Split('.').All(label => label.Length > 0 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }

    /// <summary>
    /// RFC 3986 / RFC 3987 references, checked for what can go wrong in practice: characters that are never allowed
    /// (space, control characters, <c>"&lt;&gt;\^`{|}</c>), malformed percent escapes, more than one <c>#</c>, and a
    /// scheme where one is required.
    /// </summary>
    private static bool IsReference(string value, bool asciiOnly, bool mustBeAbsolute)
    {
        var hashes = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= 0x20 || c == 0x7f || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                return false;
            }

            if (c > 0x7f && (asciiOnly || char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                return false;
            }

            if (c == '#' && ++hashes > 1)
            {
                return false;
            }

            if (c == '%' && (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])))
            {
                return false;
            }
        }

        var scheme = SchemePattern().Match(value);
        if (mustBeAbsolute)
        {
            return scheme.Success;
        }

        // A relative reference may not have a colon in its first segment (RFC 3986 §4.2), otherwise it parses as a scheme.
        if (!scheme.Success)
        {
            var firstSegmentEnd = value.IndexOfAny(['/', '?', '#']);
            var firstSegment = firstSegmentEnd < 0 ? value : value[..firstSegmentEnd];
            return !firstSegment.Contains(':', StringComparison.Ordinal);
        }

        return true;
    }

    private static bool IsIPv4(string value) =>
        IPv4Pattern().IsMatch(value) && value.Split('.').All(part => int.Parse(part, CultureInfo.InvariantCulture) <= 255 && (part.Length == 1 || part[0] != '0'));

    private static bool IsIPv6(string value) =>
        value.Contains(':', StringComparison.Ordinal) && !value.Contains('%', StringComparison.Ordinal)
        && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDatePattern();

    [GeneratedRegex(@"^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-]([0-9]{2}):([0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex FullTimePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4Pattern();

    [GeneratedRegex(@"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostnamePattern();

    [GeneratedRegex(@"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();
}
