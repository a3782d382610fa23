using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Python package version ordered by PEP 440, as <c>packaging.version</c> orders it: epoch (<c>1!</c>), release
/// numbers (trailing zeros insignificant), then <c>.devN</c> &lt; pre-releases (<c>a</c> &lt; <c>b</c> &lt; <c>rc</c>)
/// &lt; the release &lt; <c>.postN</c>, and a <c>+local</c> label sorting after the same public version. PEP 440's
/// normalisation is applied (case, <c>alpha</c>/<c>beta</c>/<c>c</c>/<c>pre</c>/<c>preview</c>/<c>rev</c>/<c>r</c>
/// spellings, optional separators and numbers, <c>1.0-1</c> as a post-release, a leading <c>v</c>).
/// A string that is not PEP 440 is kept as a legacy version, ordered as <c>packaging</c> before 22.0 (and pip
/// before 23) ordered it: before every PEP 440 version, compared by its digit and letter runs. Nothing printable
/// is rejected, because OSV PyPI data still holds such versions.
/// </summary>
public sealed partial class PyPiVersion : EcosystemVersion<PyPiVersion>
{
    private readonly BigInteger epoch;
    private readonly BigInteger[] release;
    private readonly (int Letter, BigInteger Number)? pre;
    private readonly BigInteger? post;
    private readonly BigInteger? dev;
    private readonly object[]? local;
    private readonly string[]? legacyParts;

    private PyPiVersion(string text, BigInteger epoch, BigInteger[] release, (int, BigInteger)? pre, BigInteger? post, BigInteger? dev, object[]? local)
        : base(text)
    {
        this.epoch = epoch;
        this.release = release;
        this.pre = pre;
        this.post = post;
        this.dev = dev;
        this.local = local;
    }

    private PyPiVersion(string text, string[] legacyParts)
        : base(text)
    {
        release = [];
        this.legacyParts = legacyParts;
    }

    /// <summary>Whether the text follows PEP 440; false for a legacy version.</summary>
    public bool IsPep440 => legacyParts is null;

    /// <summary>Whether this is a pre-release or development release (PEP 440 only).</summary>
    public bool IsPrerelease => IsPep440 && (pre is not null || dev is not null);

    /// <summary>The PEP 440 normalised form (e.g. <c>1.0a1.post2.dev3+ubuntu.1</c>), or the text itself for a legacy version.</summary>
    public string Normalized => IsPep440 ? Normalize() : Text;

    /// <summary>Parses a PyPI version (PEP 440, else legacy); fails only for empty, overlong or unprintable text.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PyPiVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var match = Pep440().Match(value);
        version = match.Success ? FromMatch(value, match) : new PyPiVersion(value, LegacyParts(value));
        return true;
    }

    /// <summary>Parses a PyPI version; throws <see cref="InvalidVersionException"/> for empty or unprintable text.</summary>
    public static PyPiVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => EqualityKeyText();

    /// <inheritdoc />
    public override int CompareTo(PyPiVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        // packaging gave legacy versions epoch -1: before every PEP 440 version.
        if (legacyParts is not null || other.legacyParts is not null)
        {
            if (legacyParts is null || other.legacyParts is null)
            {
                return legacyParts is null ? 1 : -1;
            }

            return CompareLegacy(legacyParts, other.legacyParts);
        }

        var order = epoch.CompareTo(other.epoch);
        if (order != 0)
        {
            return order;
        }

        order = CompareRelease(release, other.release);
        if (order != 0)
        {
            return order;
        }

        order = PreKey(this).CompareTo(PreKey(other));
        if (order != 0)
        {
            return order;
        }

        // No post-release sorts before any; no dev release sorts after any.
        order = Optional(post, missingFirst: true).CompareTo(Optional(other.post, missingFirst: true));
        if (order != 0)
        {
            return order;
        }

        order = Optional(dev, missingFirst: false).CompareTo(Optional(other.dev, missingFirst: false));
        return order != 0 ? order : CompareLocal(local, other.local);
    }

    private static PyPiVersion FromMatch(string text, Match match)
    {
        var epoch = match.Groups["epoch"].Success ? VersionText.Number(match.Groups["epoch"].ValueSpan) : BigInteger.Zero;
        var release = match.Groups["release"].Value.Split('.').Select(r => VersionText.Number(r)).ToArray();
        (int, BigInteger)? pre = null;
        if (match.Groups["preletter"].Success)
        {
            var letter = match.Groups["preletter"].Value.ToLowerInvariant() switch
            {
                "a" or "alpha" => 0,
                "b" or "beta" => 1,
                _ => 2, // rc, c, pre, preview
            };
            pre = (letter, NumberOrZero(match.Groups["prenumber"]));
        }

        BigInteger? post = match.Groups["postimplicit"].Success
            ? VersionText.Number(match.Groups["postimplicit"].ValueSpan)
            : match.Groups["postletter"].Success ? NumberOrZero(match.Groups["postnumber"]) : null;
        BigInteger? dev = match.Groups["dev"].Success ? NumberOrZero(match.Groups["devnumber"]) : null;
        object[]? local = match.Groups["local"].Success
            ? [.. match.Groups["local"].Value.ToLowerInvariant().Split('.', '-', '_').Select(p => VersionText.IsAsciiDigits(p) ? (object)VersionText.Number(p) : p)]
            : null;
        return new PyPiVersion(text, epoch, release, pre, post, dev, local);

        static BigInteger NumberOrZero(Group group) => group.Success ? VersionText.Number(group.ValueSpan) : BigInteger.Zero;
    }

    private static int CompareRelease(BigInteger[] left, BigInteger[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var order = (i < left.Length ? left[i] : BigInteger.Zero).CompareTo(i < right.Length ? right[i] : BigInteger.Zero);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // Sort key of the pre-release: a bare dev release (1.0.dev1) comes before every pre-release of its release,
    // a release without pre-release after all of them.
    private static (int Rank, int Letter, BigInteger Number) PreKey(PyPiVersion version) => version.pre switch
    {
        { } p => (1, p.Letter, p.Number),
        null when version.post is null && version.dev is not null => (0, 0, BigInteger.Zero),
        _ => (2, 0, BigInteger.Zero),
    };

    private static (int, BigInteger) Optional(BigInteger? value, bool missingFirst) =>
        value is { } v ? (1, v) : (missingFirst ? 0 : 2, BigInteger.Zero);

    // Local labels: absent first; then part by part, a number beats a string, strings compare as text, longer wins.
    private static int CompareLocal(object[]? left, object[]? right)
    {
        if (left is null || right is null)
        {
            return (left is not null).CompareTo(right is not null);
        }

        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = (left[i], right[i]) switch
            {
                (BigInteger a, BigInteger b) => a.CompareTo(b),
                (BigInteger, _) => 1,
                (_, BigInteger) => -1,
                (string a, string b) => string.CompareOrdinal(a, b),
                _ => 0,
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareLegacy(string[] left, string[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    // The legacy (setuptools-era) key: runs of digits (zero-padded to 8 so they compare as numbers), runs of letters
    // and any other text, with pre/preview/rc spelt 'c', dev spelt '@' (before everything) and '-' as 'final-'.
    private static string[] LegacyParts(string text)
    {
        var parts = new List<string>();
        foreach (var token in LegacyTokens(text.ToLowerInvariant()))
        {
            var part = token switch
            {
                "pre" or "preview" or "rc" => "c",
                "-" => "final-",
                "dev" => "@",
                _ => token,
            };
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (char.IsAsciiDigit(part[0]))
            {
                parts.Add(part.PadLeft(8, '0'));
                continue;
            }

            part = "*" + part;
            if (string.CompareOrdinal(part, "*final") < 0)
            {
                // A pre-release marker: drop the hyphens and zeros it made insignificant.
                while (parts.Count > 0 && parts[^1] == "*final-")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }

            while (parts.Count > 0 && parts[^1] == "00000000")
            {
                parts.RemoveAt(parts.Count - 1);
            }

            parts.Add(part);
        }

        // The terminating marker goes through the same trimming as any other letter part.
        while (parts.Count > 0 && parts[^1] == "00000000")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        parts.Add("*final");
        return [.. parts];
    }

    // Splits into digit runs, letter runs, '.', '-', and whatever text lies between them.
    private static IEnumerable<string> LegacyTokens(string text)
    {
        var other = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(text[i]))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiLetterLower(text[i]))
            {
                while (i < text.Length && char.IsAsciiLetterLower(text[i]))
                {
                    i++;
                }
            }
            else if (text[i] is '.' or '-')
            {
                i++;
            }
            else
            {
                other.Append(text[i]);
                i++;
                continue;
            }

            if (other.Length > 0)
            {
                yield return other.ToString();
                other.Clear();
            }

            yield return text[start..i];
        }

        if (other.Length > 0)
        {
            yield return other.ToString();
        }
    }

    // Trailing zeros of the release do not count (1.0 == 1), so the key drops them.
    private string EqualityKeyText()
    {
        if (legacyParts is not null)
        {
            return "legacy:" + string.Join('|', legacyParts);
        }

        var significant = release.Length;
        while (significant > 1 && release[significant - 1].IsZero)
        {
            significant--;
        }

        return $"{epoch}!{string.Join('.', release.Take(significant))}|{pre}|{post}|{dev}|{(local is null ? "" : string.Join('.', local))}";
    }

    private string Normalize()
    {
        var builder = new StringBuilder();
        if (!epoch.IsZero)
        {
            builder.Append(epoch).Append('!');
        }

        builder.AppendJoin('.', release);
        if (pre is { } p)
        {
            builder.Append(p.Letter switch { 0 => "a", 1 => "b", _ => "rc" }).Append(p.Number);
        }

        if (post is { } postNumber)
        {
            builder.Append(".post").Append(postNumber);
        }

        if (dev is { } devNumber)
        {
            builder.Append(".dev").Append(devNumber);
        }

        if (local is not null)
        {
            builder.Append('+').AppendJoin('.', local);
        }

        return builder.ToString();
    }

    // PEP 440's permissive grammar (Appendix B's semantics), matched case-insensitively on trimmed text.
    [GeneratedRegex("""
        \A v?
        (?:(?<epoch>[0-9]+)!)?
        (?<release>[0-9]+(?:\.[0-9]+)*)
        (?:[-_.]?(?<preletter>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<prenumber>[0-9]+)?)?
        (?:-(?<postimplicit>[0-9]+)|[-_.]?(?<postletter>post|rev|r)[-_.]?(?<postnumber>[0-9]+)?)?
        (?:[-_.]?(?<dev>dev)[-_.]?(?<devnumber>[0-9]+)?)?
        (?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?
        \z
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pep440();
}
