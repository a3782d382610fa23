using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// An R package version, ordered as R's <c>numeric_version</c> (and <c>package_version</c>) orders it: non-negative integers separated by
/// <c>.</c> or <c>-</c> (the two are the same), compared number by number; a version that is a prefix of another
/// is older (<c>1.0</c> &lt; <c>1.0.0</c>); leading zeros do not count (<c>0.01</c> = <c>0.1</c>). Anything else is
/// rejected as R rejects it; a single number is accepted, as <c>numeric_version</c> and <c>compareVersion</c> accept it.
/// </summary>
public sealed class CranVersion : EcosystemVersion<CranVersion>
{
    private CranVersion(string text, BigInteger[] parts)
        : base(text)
    {
        Parts = parts;
    }

    /// <summary>The numbers of the version in order.</summary>
    public IReadOnlyList<BigInteger> Parts { get; }

    /// <summary>Parses an R package version, or says what is wrong with it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out CranVersion? version, [NotNullWhen(false)] out string? error)
    {
        version = null;
        if (!VersionText.TryCheck(text, out var value, out error))
        {
            return false;
        }

        var parts = value.Split('.', '-');
        if (!parts.All(p => VersionText.IsAsciiDigits(p)))
        {
            error = VersionText.Invalid("CRAN", value, "expected numbers separated by '.' or '-'");
            return false;
        }

        version = new CranVersion(value, [.. parts.Select(p => VersionText.Number(p))]);
        return true;
    }

    /// <summary>Parses an R package version; throws <see cref="InvalidVersionException"/> if it is not one.</summary>
    public static CranVersion Parse(string text) =>
        TryParse(text, out var version, out var error) ? version : throw new InvalidVersionException(error);

    /// <inheritdoc />
    private protected override string EqualityKey => string.Join('.', Parts);

    /// <inheritdoc />
    public override int CompareTo(CranVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Parts.Count, other.Parts.Count); i++)
        {
            var order = Parts[i].CompareTo(other.Parts[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return Parts.Count.CompareTo(other.Parts.Count);
    }

}
