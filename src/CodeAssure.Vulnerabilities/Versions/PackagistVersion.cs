using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Composer (Packagist) package version. It is first normalised as Composer's <c>VersionParser::normalize</c>
/// does — a leading <c>v</c> and build metadata dropped, up to four numbers padded to four (<c>1.2</c> →
/// <c>1.2.0.0</c>), stability suffixes spelt out (<c>a</c>→<c>alpha</c>, <c>b</c>→<c>beta</c>, <c>rc</c>→<c>RC</c>,
/// <c>p</c>/<c>pl</c>→<c>patch</c>, <c>-dev</c>), date versions, <c>1.x-dev</c> branches and <c>dev-name</c>
/// branches — and then ordered as PHP's <c>version_compare</c> orders normalised versions:
/// <c>dev</c> &lt; <c>alpha</c> &lt; <c>beta</c> &lt; <c>RC</c> &lt; release &lt; <c>patch</c>.
/// Text Composer cannot normalise is not rejected but compared as written by the same <c>version_compare</c> rules.
/// </summary>
public sealed partial class PackagistVersion : EcosystemVersion<PackagistVersion>
{
    private readonly string[] parts;

    private PackagistVersion(string text, string normalized, bool isNormalized)
        : base(text)
    {
        Normalized = normalized;
        IsNormalized = isNormalized;
        parts = Canonicalize(normalized);
    }

    /// <summary>The version as Composer normalises it, e.g. <c>1.0.0.0-beta1</c>.</summary>
    public string Normalized { get; }

    /// <summary>Whether Composer could normalise the version; if not, it is compared as written.</summary>
    public bool IsNormalized { get; }

    /// <summary>
    /// Reads a Composer version. Text Composer cannot normalise (e.g. <c>3.0.0b1.post1</c>, found in advisories) is
    /// compared as written, as composer/semver's <c>Comparator</c> compares any string, so only empty, overlong or
    /// unprintable text fails.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PackagistVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var normalized = Normalize(value);
        version = new PackagistVersion(value, normalized ?? value, normalized is not null);
        return true;
    }

    /// <summary>Reads a Composer version; throws <see cref="InvalidVersionException"/> for empty or unprintable text.</summary>
    public static PackagistVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => string.Join('.', parts.Select(p => IsNumber(p) ? VersionText.Number(LeadingDigits(p)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "#" + SpecialRank(p)));

    /// <inheritdoc />
    public override int CompareTo(PackagistVersion? other) => other is null ? 1 : Math.Sign(CompareParts(parts, other.parts));

    private static string? Normalize(string version)
    {
        var stability = StabilityFlag().Match(version);
        if (stability.Success)
        {
            version = version[..stability.Index];
        }

        if (version is "master" or "trunk" or "default")
        {
            version = "dev-" + version;
        }

        if (version.StartsWith("dev-", StringComparison.OrdinalIgnoreCase))
        {
            return version.Length > 4 ? "dev-" + version[4..] : null;
        }

        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0 && plus < version.Length - 1)
        {
            version = version[..plus];
        }

        var match = Classical().Match(version);
        string numbers;
        if (match.Success)
        {
            numbers = match.Groups["major"].Value + OrZero(match.Groups["minor"]) + OrZero(match.Groups["patch"]) + OrZero(match.Groups["build"]);
        }
        else
        {
            match = DateBased().Match(version);
            if (!match.Success)
            {
                return NormalizeDevBranch(version);
            }

            numbers = NonDigit().Replace(match.Groups["date"].Value, ".");
        }

        var result = new StringBuilder(numbers);
        if (match.Groups["stability"].Success)
        {
            if (match.Groups["stability"].Value == "stable")
            {
                return numbers;
            }

            result.Append('-').Append(ExpandStability(match.Groups["stability"].Value)).Append(match.Groups["number"].Value.TrimStart('.', '-'));
        }

        if (match.Groups["dev"].Success)
        {
            result.Append("-dev");
        }

        return result.ToString();

        static string OrZero(Group group) => group.Success ? group.Value : ".0";
    }

    // "1.x-dev" style branches; anything else ending in dev would be a "dev-" branch, which Composer rejects here.
    private static string? NormalizeDevBranch(string version)
    {
        var dev = DevSuffix().Match(version);
        if (!dev.Success)
        {
            return null;
        }

        var branch = BranchNumbers().Match(dev.Groups["name"].Value);
        if (!branch.Success)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 1; i <= 4; i++)
        {
            var group = branch.Groups[i];
            builder.Append(group.Success ? group.Value.Replace('*', 'x').Replace('X', 'x') : ".x");
        }

        return builder.Replace("x", "9999999").Append("-dev").ToString();
    }

    private static string ExpandStability(string stability) => stability.ToLowerInvariant() switch
    {
        "a" => "alpha",
        "b" => "beta",
        "p" or "pl" => "patch",
        "rc" => "RC",
        var other => other,
    };

    // PHP's version_compare: '-', '_' and '+' become '.', and a '.' goes between digits and non-digits.
    private static string[] Canonicalize(string version)
    {
        var builder = new StringBuilder();
        var previous = '\0';
        foreach (var c in version)
        {
            if (builder.Length == 0)
            {
                builder.Append(c);
            }
            else if (c is '-' or '_' or '+' || !char.IsAsciiLetterOrDigit(c))
            {
                if (builder[^1] != '.')
                {
                    builder.Append('.');
                }
            }
            else if (char.IsAsciiDigit(previous) != char.IsAsciiDigit(c) && previous != '.')
            {
                if (builder[^1] != '.')
                {
                    builder.Append('.');
                }

                builder.Append(c);
            }
            else
            {
                builder.Append(c);
            }

            previous = c;
        }

        return builder.ToString().Split('.');
    }

    private static int CompareParts(string[] left, string[] right)
    {
        var count = Math.Min(left.Length, right.Length);
        for (var i = 0; i < count; i++)
        {
            var order = ComparePart(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        // The longer version wins with a number; with a special form it is weighed against a number ('#').
        if (left.Length > count)
        {
            return IsNumber(left[count]) ? 1 : CompareParts(left[count..], ["#"]);
        }

        if (right.Length > count)
        {
            return IsNumber(right[count]) ? -1 : CompareParts(["#"], right[count..]);
        }

        return 0;
    }

    private static int ComparePart(string left, string right)
    {
        var leftNumber = IsNumber(left);
        var rightNumber = IsNumber(right);
        if (leftNumber && rightNumber)
        {
            return VersionText.Number(LeadingDigits(left)).CompareTo(VersionText.Number(LeadingDigits(right)));
        }

        return SpecialRank(leftNumber ? "#" : left).CompareTo(SpecialRank(rightNumber ? "#" : right));
    }

    // version_compare matches special forms by prefix, in this order; anything unknown is below "dev".
    private static int SpecialRank(string form)
    {
        (string Name, int Rank)[] forms = [("dev", 0), ("alpha", 1), ("a", 1), ("beta", 2), ("b", 2), ("RC", 3), ("rc", 3), ("#", 4), ("pl", 5), ("p", 5)];
        foreach (var (name, rank) in forms)
        {
            if (form.StartsWith(name, StringComparison.Ordinal))
            {
                return rank;
            }
        }

        return -1;
    }

    private static bool IsNumber(string part) => part.Length > 0 && char.IsAsciiDigit(part[0]);

    private static ReadOnlySpan<char> LeadingDigits(string part)
    {
        var end = 0;
        while (end < part.Length && char.IsAsciiDigit(part[end]))
        {
            end++;
        }

        return part.AsSpan(0, end);
    }

    [GeneratedRegex("@(?:stable|RC|beta|alpha|dev)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StabilityFlag();

    [GeneratedRegex(@"\Av?(?<major>[0-9]{1,5})(?<minor>\.[0-9]+)?(?<patch>\.[0-9]+)?(?<build>\.[0-9]+)?[._-]?(?:(?<stability>stable|beta|b|RC|alpha|a|patch|pl|p)(?<number>(?:[.-]?[0-9]+)*)?)?(?<dev>[.-]?dev)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Classical();

    [GeneratedRegex(@"\Av?(?<date>[0-9]{4}(?:[.:-]?[0-9]{2}){1,6}(?:[.:-]?[0-9]{1,3})?)[._-]?(?:(?<stability>stable|beta|b|RC|alpha|a|patch|pl|p)(?<number>(?:[.-]?[0-9]+)*)?)?(?<dev>[.-]?dev)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateBased();

    [GeneratedRegex("[^0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NonDigit();

    [GeneratedRegex(@"\A(?<name>.*?)[.-]?dev\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DevSuffix();

    [GeneratedRegex(@"\Av?([0-9]+)(\.(?:[0-9]+|[xX*]))?(\.(?:[0-9]+|[xX*]))?(\.(?:[0-9]+|[xX*]))?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BranchNumbers();
}
