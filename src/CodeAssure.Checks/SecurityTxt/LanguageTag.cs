using System.Text.RegularExpressions;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>Well-formedness of a BCP 47 language tag (RFC 5646 section 2.1), as Preferred-Languages requires.</summary>
public static partial class LanguageTag
{
    // The grandfathered tags of RFC 5646 section 2.1: irregular and regular, matched case-insensitively.
    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };

    /// <summary>Whether the text is a well-formed language tag, e.g. "en", "zh-Hant-TW", "x-private".</summary>
    public static bool IsWellFormed(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.Length is > 0 and <= 256 && (Grandfathered.Contains(tag) || Pattern().IsMatch(tag));
    }

    // langtag / privateuse of RFC 5646 section 2.1. Repeated extension singletons break validity, not well-formedness,
    // so they are not rejected here.
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
