using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// An npm version as node-semver orders it: SemVer 2.0.0, after stripping any leading <c>=</c> and <c>v</c>
/// characters (node-semver's loose prefix, e.g. <c>=v1.2.3</c>). Build metadata is ignored; anything that is not
/// SemVer is rejected, as <c>semver.compare</c> throws on it.
/// </summary>
public sealed class NpmVersion : EcosystemVersion<NpmVersion>
{
    private NpmVersion(string text, SemVerVersion semVer)
        : base(text)
    {
        SemVer = semVer;
    }

    /// <summary>The SemVer version after the prefix is removed.</summary>
    public SemVerVersion SemVer { get; }

    /// <summary>Parses an npm version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out NpmVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var body = value.TrimStart('=', 'v');
        if (body.Length == 0)
        {
            error = VersionText.Invalid("npm", value, "expected MAJOR.MINOR.PATCH");
            return false;
        }

        if (!SemVerVersion.TryParseBody(body, out var parts, out var reason))
        {
            error = VersionText.Invalid("npm", value, reason);
            return false;
        }

        version = new NpmVersion(value, SemVerVersion.FromParts(body, parts));
        return true;
    }

    /// <summary>Parses an npm version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static NpmVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => $"{SemVer.Major}.{SemVer.Minor}.{SemVer.Patch}-{string.Join('.', SemVer.Prerelease)}";

    /// <inheritdoc />
    public override int CompareTo(NpmVersion? other) => other is null ? 1 : SemVer.CompareTo(other.SemVer);

}
