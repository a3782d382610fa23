using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>Adapts one ecosystem's parsed version type to <see cref="IVersionScheme"/>: parse both, then compare.</summary>
internal sealed class VersionScheme<TVersion> : IVersionScheme, IParsedVersionOrdering
    where TVersion : class, IComparable<TVersion>
{
    private readonly VersionParser<TVersion> parse;

    public VersionScheme(string ecosystem, VersionParser<TVersion> parse)
    {
        Ecosystem = ecosystem;
        this.parse = parse;
    }

    public string Ecosystem { get; }

    public bool IsValid(string version, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(version);
        return parse(version, out _, out reason);
    }

    public bool TryCompare(string a, string b, out int result, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        result = 0;
        if (!parse(a, out var left, out var error) || !parse(b, out var right, out error))
        {
            reason = error;
            return false;
        }

        result = Math.Sign(left.CompareTo(right));
        reason = null;
        return true;
    }

    public int Compare(string? x, string? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return TryCompare(x, y, out var result, out var reason) ? result : throw new InvalidVersionException(reason);
    }

    public bool TryParse(string version, [NotNullWhen(true)] out object? parsed)
    {
        ArgumentNullException.ThrowIfNull(version);
        var ok = parse(version, out var value, out _);
        parsed = value;
        return ok;
    }

    public int CompareParsed(object a, object b) => Math.Sign(((TVersion)a).CompareTo((TVersion)b));

    public override string ToString() => Ecosystem;
}
