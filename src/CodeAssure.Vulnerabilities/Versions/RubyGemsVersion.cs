using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.RegularExpressions;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Ruby gem version, ordered as <c>Gem::Version</c> orders it: <c>-</c> means <c>.pre.</c>, the text splits into
/// runs of digits and runs of letters, a version with any letter is a pre-release, trailing zeros are dropped from
/// the numeric part and from the part after the first letters, and at each position a string sorts before a number
/// (<c>1.0.a</c> &lt; <c>1.0</c> &lt; <c>1.0.1</c>), strings by bytes, numbers numerically. Text that RubyGems
/// reports as a "malformed version number string" is rejected.
/// </summary>
public sealed partial class RubyGemsVersion : EcosystemVersion<RubyGemsVersion>
{
    private readonly object[] canonical;

    private RubyGemsVersion(string text, object[] canonical, bool isPrerelease)
        : base(text)
    {
        this.canonical = canonical;
        IsPrerelease = isPrerelease;
    }

    /// <summary>Whether the version contains a letter, which makes it a pre-release in RubyGems.</summary>
    public bool IsPrerelease { get; }

    /// <summary>Parses a gem version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out RubyGemsVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        if (!Grammar().IsMatch(value))
        {
            error = VersionText.Invalid("RubyGems", value, "malformed version number string (expected digits, then '.'-separated letters and digits, optionally '-' and a pre-release)");
            return false;
        }

        var segments = Segments().Matches(value.Replace("-", ".pre.", StringComparison.Ordinal))
            .Select(m => VersionText.IsAsciiDigits(m.ValueSpan) ? (object)VersionText.Number(m.ValueSpan) : m.Value)
            .ToList();
        var firstString = segments.FindIndex(s => s is string);
        var numeric = firstString < 0 ? segments : segments[..firstString];
        var strings = firstString < 0 ? [] : segments[firstString..];
        version = new RubyGemsVersion(value, [.. TrimZeros(numeric), .. TrimZeros(strings)], firstString >= 0);
        return true;
    }

    /// <summary>Parses a gem version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static RubyGemsVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => string.Join('.', canonical.Select(s => s is string text ? "'" + text : s.ToString()));

    /// <inheritdoc />
    public override int CompareTo(RubyGemsVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(canonical.Length, other.canonical.Length); i++)
        {
            // A missing segment counts as 0.
            var left = i < canonical.Length ? canonical[i] : BigInteger.Zero;
            var right = i < other.canonical.Length ? other.canonical[i] : BigInteger.Zero;
            var order = (left, right) switch
            {
                (BigInteger a, BigInteger b) => a.CompareTo(b),
                (string, BigInteger) => -1,
                (BigInteger, string) => 1,
                (string a, string b) => string.CompareOrdinal(a, b),
                _ => 0,
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return 0;
    }

    private static List<object> TrimZeros(List<object> segments)
    {
        var end = segments.Count;
        while (end > 0 && segments[end - 1] is BigInteger number && number.IsZero)
        {
            end--;
        }

        return segments[..end];
    }

    [GeneratedRegex(@"\A[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    [GeneratedRegex("[0-9]+|[a-zA-Z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Segments();
}
