using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Semantic Versioning 2.0.0 version (<c>MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]</c>), ordered by SemVer precedence:
/// numbers numerically, a pre-release before its release, pre-release identifiers numeric-before-alphanumeric and
/// alphanumerics by ASCII, build metadata ignored. Used for crates.io and Hex, and the basis of npm.
/// </summary>
public sealed class SemVerVersion : EcosystemVersion<SemVerVersion>
{
    private SemVerVersion(string text, BigInteger major, BigInteger minor, BigInteger patch, string[] prerelease, string[] build)
        : base(text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Build = build;
    }

    /// <summary>The major version.</summary>
    public BigInteger Major { get; }

    /// <summary>The minor version.</summary>
    public BigInteger Minor { get; }

    /// <summary>The patch version.</summary>
    public BigInteger Patch { get; }

    /// <summary>The dot-separated pre-release identifiers; empty for a release.</summary>
    public IReadOnlyList<string> Prerelease { get; }

    /// <summary>The dot-separated build metadata identifiers; they never affect ordering.</summary>
    public IReadOnlyList<string> Build { get; }

    /// <summary>Whether this is a pre-release (it has pre-release identifiers).</summary>
    public bool IsPrerelease => Prerelease.Count > 0;

    /// <summary>Parses a strict SemVer 2.0.0 version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out SemVerVersion? version, [NotNullWhen(false)] out string? error) =>
        TryParse(text, "SemVer", allowLeadingV: false, out version, out error);

    /// <summary>Parses a strict SemVer 2.0.0 version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static SemVerVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <summary>Parses SemVer for an ecosystem that tolerates one leading <c>v</c> (OSV data and git tags carry it).</summary>
    internal static bool TryParse(string text, string ecosystem, bool allowLeadingV, [NotNullWhen(true)] out SemVerVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var body = allowLeadingV && value.Length > 1 && value[0] == 'v' ? value[1..] : value;
        if (!TryParseBody(body, out var parts, out var reason))
        {
            error = VersionText.Invalid(ecosystem, value, reason);
            return false;
        }

        version = FromParts(value, parts);
        return true;
    }

    /// <summary>Builds a version from pieces <see cref="TryParseBody"/> has already checked.</summary>
    internal static SemVerVersion FromParts(string text, SemVerParts parts) =>
        new(text, parts.Major, parts.Minor, parts.Patch, parts.Prerelease, parts.Build);

    /// <summary>Splits <c>MAJOR.MINOR.PATCH[-PRE][+BUILD]</c> with SemVer 2.0.0's rules for each part.</summary>
    internal static bool TryParseBody(string body, out SemVerParts parts, [NotNullWhen(false)] out string? reason)
    {
        parts = default;
        var rest = body;
        string[] build = [];
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = rest[(plus + 1)..].Split('.');
            rest = rest[..plus];
            if (!AllIdentifiers(build, numericLeadingZeroAllowed: true, "build metadata", out reason))
            {
                return false;
            }
        }

        string[] prerelease = [];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            prerelease = rest[(dash + 1)..].Split('.');
            rest = rest[..dash];
            if (!AllIdentifiers(prerelease, numericLeadingZeroAllowed: false, "pre-release", out reason))
            {
                return false;
            }
        }

        var numbers = rest.Split('.');
        if (numbers.Length != 3)
        {
            reason = "expected MAJOR.MINOR.PATCH";
            return false;
        }

        string[] names = ["major", "minor", "patch"];
        for (var i = 0; i < 3; i++)
        {
            if (!VersionText.IsAsciiDigits(numbers[i]))
            {
                reason = $"the {names[i]} version '{numbers[i]}' is not a number";
                return false;
            }

            if (numbers[i].Length > 1 && numbers[i][0] == '0')
            {
                reason = $"the {names[i]} version '{numbers[i]}' has a leading zero";
                return false;
            }
        }

        parts = new SemVerParts(VersionText.Number(numbers[0]), VersionText.Number(numbers[1]), VersionText.Number(numbers[2]), prerelease, build);
        reason = null;
        return true;
    }

    /// <summary>SemVer pre-release precedence between two identifier lists (both non-empty or both empty).</summary>
    internal static int CompareIdentifiers(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var order = CompareIdentifier(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    /// <inheritdoc />
    private protected override string EqualityKey => $"{Major}.{Minor}.{Patch}-{string.Join('.', Prerelease)}";

    /// <inheritdoc />
    public override int CompareTo(SemVerVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = Major.CompareTo(other.Major);
        if (order == 0)
        {
            order = Minor.CompareTo(other.Minor);
        }

        if (order == 0)
        {
            order = Patch.CompareTo(other.Patch);
        }

        if (order != 0)
        {
            return order;
        }

        // A release sorts after all of its pre-releases.
        return (IsPrerelease, other.IsPrerelease) switch
        {
            (false, false) => 0,
            (false, true) => 1,
            (true, false) => -1,
            _ => CompareIdentifiers(Prerelease, other.Prerelease),
        };
    }

    private static int CompareIdentifier(string left, string right)
    {
        var leftNumeric = VersionText.IsAsciiDigits(left);
        var rightNumeric = VersionText.IsAsciiDigits(right);
        return (leftNumeric, rightNumeric) switch
        {
            (true, true) => VersionText.Number(left).CompareTo(VersionText.Number(right)),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    private static bool AllIdentifiers(string[] identifiers, bool numericLeadingZeroAllowed, string what, [NotNullWhen(false)] out string? reason)
    {
        foreach (var identifier in identifiers)
        {
            if (identifier.Length == 0)
            {
                reason = $"the {what} has an empty identifier";
                return false;
            }

            foreach (var c in identifier)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    reason = $"the {what} identifier '{identifier}' may only contain ASCII letters, digits and '-'";
                    return false;
                }
            }

            if (!numericLeadingZeroAllowed && identifier.Length > 1 && identifier[0] == '0' && VersionText.IsAsciiDigits(identifier))
            {
                reason = $"the numeric {what} identifier '{identifier}' has a leading zero";
                return false;
            }
        }

        reason = null;
        return true;
    }
}

/// <summary>The pieces of a SemVer string, before an ecosystem wraps them in its own type.</summary>
internal readonly record struct SemVerParts(BigInteger Major, BigInteger Minor, BigInteger Patch, string[] Prerelease, string[] Build);
