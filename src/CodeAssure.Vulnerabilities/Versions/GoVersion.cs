using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A Go module version, ordered as <c>golang.org/x/mod/semver.Compare</c> orders it: SemVer with a <c>v</c>
/// prefix (OSV writes Go versions without it, so a missing <c>v</c> is added), the shorthands <c>v1</c> and
/// <c>v1.2</c> meaning <c>v1.0.0</c> and <c>v1.2.0</c>, build metadata (such as <c>+incompatible</c>) ignored.
/// Pseudo-versions (<c>v0.0.0-20191109021931-daa7c04131f5</c>) are pre-releases and order by their timestamp.
/// Like the Go tool, a string that is not semantic versioning is not rejected: it sorts before every valid version
/// and equal to every other invalid one (<see cref="IsValid"/> is false).
/// </summary>
public sealed class GoVersion : EcosystemVersion<GoVersion>
{
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private GoVersion(string text, bool isValid, BigInteger major, BigInteger minor, BigInteger patch, string[] prerelease, string build)
        : base(text)
    {
        IsValid = isValid;
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Build = build;
    }

    /// <summary>Whether the text is valid Go semantic versioning; invalid versions sort first, all equal.</summary>
    public bool IsValid { get; }

    /// <summary>The major version (0 when invalid).</summary>
    public BigInteger Major { get; }

    /// <summary>The minor version (0 when omitted or invalid).</summary>
    public BigInteger Minor { get; }

    /// <summary>The patch version (0 when omitted or invalid).</summary>
    public BigInteger Patch { get; }

    /// <summary>The pre-release identifiers; empty for a release.</summary>
    public IReadOnlyList<string> Prerelease { get; }

    /// <summary>The build metadata without its <c>+</c>, e.g. <c>incompatible</c>; ignored by ordering.</summary>
    public string Build { get; }

    /// <summary>Whether this is a pseudo-version: a pre-release whose last identifier is a 14-digit timestamp and a 12-character commit hash.</summary>
    public bool IsPseudoVersion =>
        Prerelease.Count > 0 && Prerelease[^1] is { Length: 27 } last && last[14] == '-'
        && VersionText.IsAsciiDigits(last.AsSpan(0, 14)) && last.AsSpan(15).ContainsAnyExcept(LowerHex) is false;

    /// <summary>
    /// Reads a Go version. Only empty, overlong or control-character strings fail; anything else becomes a version,
    /// valid or not, because Go orders invalid versions rather than rejecting them.
    /// </summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out GoVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var canonical = value[0] == 'v' ? value : "v" + value;
        version = TryRead(canonical[1..], out var parsed) ? parsed.With(value) : Invalid(value);
        return true;

        static GoVersion Invalid(string value) => new(value, false, 0, 0, 0, [], "");
    }

    /// <summary>Reads a Go version; throws <see cref="InvalidVersionException"/> only for empty or unprintable text.</summary>
    public static GoVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => IsValid ? $"{Major}.{Minor}.{Patch}-{string.Join('.', Prerelease)}" : "invalid";

    /// <inheritdoc />
    public override int CompareTo(GoVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!IsValid || !other.IsValid)
        {
            return IsValid.CompareTo(other.IsValid);
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

        return (Prerelease.Count > 0, other.Prerelease.Count > 0) switch
        {
            (false, false) => 0,
            (false, true) => 1,
            (true, false) => -1,
            _ => SemVerVersion.CompareIdentifiers(Prerelease, other.Prerelease),
        };
    }

    private GoVersion With(string text) => new(text, IsValid, Major, Minor, Patch, [.. Prerelease], Build);

    // x/mod/semver's grammar: MAJOR[.MINOR[.PATCH[-PRE][+BUILD]]]; the short forms take no pre-release or build.
    private static bool TryRead(string body, [NotNullWhen(true)] out GoVersion? version)
    {
        version = null;
        var end = body.AsSpan().IndexOfAny('-', '+');
        var core = end < 0 ? body : body[..end];
        var numbers = core.Split('.');
        if (numbers.Length > 3 || (numbers.Length < 3 && end >= 0) || numbers.Any(n => !IsNumber(n)))
        {
            return false;
        }

        string[] prerelease = [];
        var build = "";
        var rest = end < 0 ? "" : body[end..];
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = rest[(plus + 1)..];
            if (!build.Split('.').All(IsIdentifier))
            {
                return false;
            }

            rest = rest[..plus];
        }

        if (rest.Length > 0)
        {
            prerelease = rest[1..].Split('.');
            if (!prerelease.All(p => IsIdentifier(p) && !(p.Length > 1 && p[0] == '0' && VersionText.IsAsciiDigits(p))))
            {
                return false;
            }
        }

        BigInteger Part(int i) => i < numbers.Length ? VersionText.Number(numbers[i]) : BigInteger.Zero;
        version = new GoVersion(body, true, Part(0), Part(1), Part(2), prerelease, build);
        return true;

        static bool IsNumber(string n) => VersionText.IsAsciiDigits(n) && (n.Length == 1 || n[0] != '0');
        static bool IsIdentifier(string p) => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }
}
