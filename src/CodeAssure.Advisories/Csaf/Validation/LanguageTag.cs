using System.Text.RegularExpressions;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>
/// Checks BCP 47 language tags (RFC 5646) for test 6.1.12: the tag must be well-formed and a two-letter primary
/// language must be an ISO 639-1 code. Three-letter languages, scripts, regions and variants are checked for form only,
/// because the full IANA subtag registry is not bundled (see docs/csaf.md).
/// </summary>
internal static partial class LanguageTag
{
    // ISO 639-1 codes, including those the IANA registry keeps as deprecated (in, iw, ji, jw, mo, sh).
    private static readonly HashSet<string> TwoLetterLanguages = new(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo
        es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji
        jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb
        nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr
        ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    // The irregular and regular grandfathered tags of RFC 5646 §2.1.
    private static readonly HashSet<string> Grandfathered = new(
        """
        en-GB-oed i-ami i-bnn i-default i-enochian i-hak i-klingon i-lux i-mingo i-navajo i-pwn i-tao i-tay i-tsu sgn-BE-FR
        sgn-BE-NL sgn-CH-DE art-lojban cel-gaulish no-bok no-nyn zh-guoyu zh-hakka zh-min zh-min-nan zh-xiang
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What is wrong with the tag, or null when it is acceptable.</summary>
    public static string? Problem(string tag)
    {
        if (Grandfathered.Contains(tag))
        {
            return null;
        }

        var match = WellFormed().Match(tag);
        if (!match.Success)
        {
            return "it is not a well-formed BCP 47 tag";
        }

        var language = match.Groups["language"].Value;
        if (language.Length == 2 && !TwoLetterLanguages.Contains(language))
        {
            return $"'{language}' is not an ISO 639 language code";
        }

        // Extensions must not repeat their singleton, variants must not repeat (RFC 5646 §2.2.5, §2.2.6).
        var parts = tag.Split('-');
        var privateUse = Array.FindIndex(parts, p => p.Equals("x", StringComparison.OrdinalIgnoreCase));
        var relevant = privateUse < 0 ? parts : parts[..privateUse];
        var singletons = relevant.Skip(1).Where(p => p.Length == 1).ToList();
        if (singletons.Count != singletons.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            return "an extension singleton is repeated";
        }

        return null;
    }

    /// <summary>The first subtag reserved for private use (RFC 5646 §2.2.1–2.2.7), or null when there is none.</summary>
    public static string? PrivateUseSubtag(string tag)
    {
        var parts = tag.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].ToUpperInvariant();
            var isPrivate = part == "X" // the private-use section
                || (i == 0 && part.Length == 3 && string.CompareOrdinal(part, "QAA") >= 0 && string.CompareOrdinal(part, "QTZ") <= 0)
                || (i > 0 && part.Length == 4 && part.All(char.IsAsciiLetter) && string.CompareOrdinal(part, "QAAA") >= 0 && string.CompareOrdinal(part, "QABX") <= 0)
                || (i > 0 && part.Length == 2 && part.All(char.IsAsciiLetter)
                    && (part is "AA" or "ZZ" || (part[0] == 'Q' && part[1] >= 'M') || part[0] == 'X'));
            if (isPrivate)
            {
                return parts[i];
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"^(?:(?<language>[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4}|[a-zA-Z]{5,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z0-9]{2,8})+)*(?:-[xX](?:-[a-zA-Z0-9]{1,8})+)?|[xX](?:-[a-zA-Z0-9]{1,8})+)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WellFormed();
}
