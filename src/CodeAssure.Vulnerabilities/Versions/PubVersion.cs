using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.RegularExpressions;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Dart/Flutter package version, ordered as <c>pub_semver</c> orders it: SemVer-shaped
/// (<c>1.2.3-pre+build</c>, leading zeros allowed), pre-releases before releases, and — unlike SemVer 2.0 — build
/// metadata counts: a version with build sorts after the same version without, and builds compare part by part.
/// A leading <c>v</c> is tolerated; anything else pub would not parse is rejected.
/// </summary>
public sealed partial class PubVersion : EcosystemVersion<PubVersion>
{
    private PubVersion(string text, BigInteger major, BigInteger minor, BigInteger patch, object[] prerelease, object[] build)
        : base(text)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        PrereleaseParts = prerelease;
        BuildParts = build;
    }

    /// <summary>The major version.</summary>
    public BigInteger Major { get; }

    /// <summary>The minor version.</summary>
    public BigInteger Minor { get; }

    /// <summary>The patch version.</summary>
    public BigInteger Patch { get; }

    /// <summary>Whether this is a pre-release.</summary>
    public bool IsPrerelease => PrereleaseParts.Length > 0;

    // Each part is a BigInteger (a numeric part) or a string, as pub splits them.
    private object[] PrereleaseParts { get; }

    private object[] BuildParts { get; }

    /// <summary>Parses a pub version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PubVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var match = Grammar().Match(value);
        if (!match.Success)
        {
            error = VersionText.Invalid("Pub", value, "expected MAJOR.MINOR.PATCH with optional -pre-release and +build of letters, digits and '-'");
            return false;
        }

        version = new PubVersion(
            value,
            VersionText.Number(match.Groups["major"].ValueSpan),
            VersionText.Number(match.Groups["minor"].ValueSpan),
            VersionText.Number(match.Groups["patch"].ValueSpan),
            Split(match.Groups["pre"]),
            Split(match.Groups["build"]));
        return true;
    }

    /// <summary>Parses a pub version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static PubVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => $"{Major}.{Minor}.{Patch}-{Key(PrereleaseParts)}+{Key(BuildParts)}";

    /// <inheritdoc />
    public override int CompareTo(PubVersion? other)
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

        if (IsPrerelease != other.IsPrerelease)
        {
            return IsPrerelease ? -1 : 1;
        }

        order = CompareParts(PrereleaseParts, other.PrereleaseParts);
        if (order != 0)
        {
            return order;
        }

        // pub: a build sorts after no build.
        return (BuildParts.Length > 0, other.BuildParts.Length > 0) switch
        {
            (false, true) => -1,
            (true, false) => 1,
            _ => CompareParts(BuildParts, other.BuildParts),
        };
    }

    private static string Key(object[] parts) => string.Join('.', parts.Select(p => p is string text ? "'" + text : p.ToString()));

    private static int CompareParts(object[] left, object[] right)
    {
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i >= left.Length)
            {
                return -1;
            }

            if (i >= right.Length)
            {
                return 1;
            }

            var order = (left[i], right[i]) switch
            {
                (BigInteger a, BigInteger b) => a.CompareTo(b),
                (BigInteger, _) => -1,
                (_, BigInteger) => 1,
                (string a, string b) => string.CompareOrdinal(a, b),
                _ => 0,
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    // pub reads a part as an integer when it is one (including a sign), otherwise keeps the text.
    private static object[] Split(Group group) =>
        !group.Success ? [] : [.. group.Value.Split('.').Select(part => NumericPart().IsMatch(part) ? (object)BigInteger.Parse(part, System.Globalization.CultureInfo.InvariantCulture) : part)];

    [GeneratedRegex(@"\Av?(?<major>[0-9]+)\.(?<minor>[0-9]+)\.(?<patch>[0-9]+)(?:-(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+(?<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    [GeneratedRegex(@"\A-?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPart();
}
