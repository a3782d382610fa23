using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.RegularExpressions;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Debian package version <c>[epoch:]upstream[-revision]</c>, ordered as <c>dpkg --compare-versions</c> orders
/// it: epoch numerically, then upstream and revision each compared by alternating non-digit runs (where <c>~</c>
/// sorts before everything, even the end of the string, and letters sort before all other characters) and digit runs
/// (numerically). A missing revision equals <c>0</c>. Versions dpkg refuses (empty, embedded space, bad or negative
/// epoch, nothing after the colon, empty revision) are rejected; versions dpkg only warns about (not starting with a
/// digit, unusual characters) are ordered as dpkg orders them.
/// </summary>
public sealed class DebianVersion : EcosystemVersion<DebianVersion>
{
    private DebianVersion(string text, BigInteger epoch, string upstream, string revision)
        : base(text)
    {
        Epoch = epoch;
        Upstream = upstream;
        Revision = revision;
    }

    /// <summary>The epoch; 0 when absent.</summary>
    public BigInteger Epoch { get; }

    /// <summary>The upstream version.</summary>
    public string Upstream { get; }

    /// <summary>The Debian revision; empty when absent.</summary>
    public string Revision { get; }

    /// <summary>Parses a Debian version, or says what is wrong with it in dpkg's terms.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out DebianVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var epoch = BigInteger.Zero;
        var rest = value;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            var epochText = value[..colon];
            if (epochText.Length == 0)
            {
                error = VersionText.Invalid("Debian", value, "epoch in version is empty");
                return false;
            }

            if (epochText[0] == '-' && VersionText.IsAsciiDigits(epochText.AsSpan(1)))
            {
                error = VersionText.Invalid("Debian", value, "epoch in version is negative");
                return false;
            }

            if (!VersionText.IsAsciiDigits(epochText))
            {
                error = VersionText.Invalid("Debian", value, "epoch in version is not number");
                return false;
            }

            epoch = VersionText.Number(epochText);
            if (epoch > int.MaxValue)
            {
                error = VersionText.Invalid("Debian", value, "epoch in version is too big");
                return false;
            }

            rest = value[(colon + 1)..];
            if (rest.Length == 0)
            {
                error = VersionText.Invalid("Debian", value, "nothing after colon in version number");
                return false;
            }
        }

        var upstream = rest;
        var revision = "";
        var hyphen = rest.LastIndexOf('-');
        if (hyphen >= 0)
        {
            upstream = rest[..hyphen];
            revision = rest[(hyphen + 1)..];
            if (revision.Length == 0)
            {
                error = VersionText.Invalid("Debian", value, "revision number is empty");
                return false;
            }
        }

        if (upstream.Length == 0)
        {
            error = VersionText.Invalid("Debian", value, "version number is empty");
            return false;
        }

        version = new DebianVersion(value, epoch, upstream, revision);
        return true;
    }

    /// <summary>Parses a Debian version; throws <see cref="InvalidVersionException"/> if dpkg would refuse it.</summary>
    public static DebianVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => $"{Epoch}:{DigitRunsWithoutLeadingZeros(Upstream)}-{DigitRunsWithoutLeadingZeros(Revision)}";

    /// <inheritdoc />
    public override int CompareTo(DebianVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Epoch.CompareTo(other.Epoch);
        if (order == 0)
        {
            order = ComparePart(Upstream, other.Upstream);
        }

        return order != 0 ? order : ComparePart(Revision, other.Revision);
    }

    /// <summary>dpkg's comparison of one upstream version or revision with another.</summary>
    internal static int ComparePart(string left, string right)
    {
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            // Non-digit runs, character by character; the end of a run weighs 0, '~' below it.
            while ((i < left.Length && !char.IsAsciiDigit(left[i])) || (j < right.Length && !char.IsAsciiDigit(right[j])))
            {
                var a = Weight(i < left.Length ? left[i] : '\0');
                var b = Weight(j < right.Length ? right[j] : '\0');
                if (a != b)
                {
                    return Math.Sign(a - b);
                }

                i++;
                j++;
            }

            var startI = i;
            var startJ = j;
            while (i < left.Length && char.IsAsciiDigit(left[i]))
            {
                i++;
            }

            while (j < right.Length && char.IsAsciiDigit(right[j]))
            {
                j++;
            }

            var order = VersionText.Number(left.AsSpan(startI, i - startI)).CompareTo(VersionText.Number(right.AsSpan(startJ, j - startJ)));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // dpkg compares digit runs by value, so "1.01" and "1.1" are the same key.
    // A final run of zeros is the same as none ("1.0" = "1.", revision "0" = no revision).
    private static string DigitRunsWithoutLeadingZeros(string part) =>
        Regex.Replace(Regex.Replace(part, "(?<![0-9])0+$", ""), "[0-9]+", m => m.Value.TrimStart('0') + "#");

    private static int Weight(char c) => c switch
    {
        '\0' => 0,
        '~' => -1,
        _ when char.IsAsciiDigit(c) => 0,
        _ when char.IsAsciiLetter(c) => c,
        _ => c + 256,
    };
}
