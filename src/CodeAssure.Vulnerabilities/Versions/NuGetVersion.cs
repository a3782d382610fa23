using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A NuGet package version, ordered as NuGet.Versioning's default comparer orders it: one to four numeric parts
/// (missing parts are 0, leading zeros allowed, so <c>1.0</c> = <c>1.0.0.0</c> and <c>1.01</c> = <c>1.1</c>),
/// then release labels compared like SemVer pre-release identifiers except that letters compare case-insensitively
/// (<c>1.0.0-Beta</c> = <c>1.0.0-beta</c>); build metadata after <c>+</c> is ignored. Text NuGet would not parse
/// is rejected.
/// </summary>
public sealed class NuGetVersion : EcosystemVersion<NuGetVersion>
{
    private NuGetVersion(string text, BigInteger[] numbers, string[] releaseLabels, string metadata)
        : base(text)
    {
        Numbers = numbers;
        ReleaseLabels = releaseLabels;
        Metadata = metadata;
    }

    /// <summary>Major, minor, patch and revision (missing parts are 0).</summary>
    public IReadOnlyList<BigInteger> Numbers { get; }

    /// <summary>The dot-separated release labels; empty for a stable version.</summary>
    public IReadOnlyList<string> ReleaseLabels { get; }

    /// <summary>The build metadata without its <c>+</c>; ignored by ordering.</summary>
    public string Metadata { get; }

    /// <summary>Whether this is a pre-release (it has release labels).</summary>
    public bool IsPrerelease => ReleaseLabels.Count > 0;

    /// <summary>Parses a NuGet version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out NuGetVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var rest = value;
        var metadata = "";
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            metadata = rest[(plus + 1)..];
            rest = rest[..plus];
            if (!metadata.Split('.').All(IsIdentifier))
            {
                error = VersionText.Invalid("NuGet", value, "the metadata after '+' must be dot-separated letters, digits and '-'");
                return false;
            }
        }

        string[] labels = [];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            labels = rest[(dash + 1)..].Split('.');
            rest = rest[..dash];
            if (!labels.All(IsIdentifier))
            {
                error = VersionText.Invalid("NuGet", value, "the release label after '-' must be dot-separated letters, digits and '-'");
                return false;
            }

            if (labels.FirstOrDefault(l => l.Length > 1 && l[0] == '0' && VersionText.IsAsciiDigits(l)) is { } zero)
            {
                error = VersionText.Invalid("NuGet", value, $"the numeric release label '{zero}' has a leading zero");
                return false;
            }
        }

        var parts = rest.Split('.');
        if (parts.Length > 4 || !parts.All(p => VersionText.IsAsciiDigits(p)))
        {
            error = VersionText.Invalid("NuGet", value, "expected one to four dot-separated numbers before any '-' or '+'");
            return false;
        }

        var numbers = new BigInteger[4];
        for (var i = 0; i < parts.Length; i++)
        {
            numbers[i] = VersionText.Number(parts[i]);
        }

        version = new NuGetVersion(value, numbers, labels, metadata);
        return true;
    }

    /// <summary>Parses a NuGet version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static NuGetVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => $"{string.Join('.', Numbers)}-{string.Join('.', ReleaseLabels).ToUpperInvariant()}";

    /// <inheritdoc />
    public override int CompareTo(NuGetVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < 4; i++)
        {
            var order = Numbers[i].CompareTo(other.Numbers[i]);
            if (order != 0)
            {
                return order;
            }
        }

        if (IsPrerelease != other.IsPrerelease)
        {
            return IsPrerelease ? -1 : 1;
        }

        for (var i = 0; i < Math.Min(ReleaseLabels.Count, other.ReleaseLabels.Count); i++)
        {
            var order = CompareLabel(ReleaseLabels[i], other.ReleaseLabels[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return ReleaseLabels.Count.CompareTo(other.ReleaseLabels.Count);
    }

    private static int CompareLabel(string left, string right)
    {
        var leftNumeric = VersionText.IsAsciiDigits(left);
        var rightNumeric = VersionText.IsAsciiDigits(right);
        return (leftNumeric, rightNumeric) switch
        {
            (true, true) => VersionText.Number(left).CompareTo(VersionText.Number(right)),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.Compare(left, right, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsIdentifier(string part) => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
