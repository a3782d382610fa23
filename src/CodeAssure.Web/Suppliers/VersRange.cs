using System.Diagnostics.CodeAnalysis;
using CodeAssure.Vulnerabilities.Versions;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// A version range in the <c>vers</c> notation (package-url/purl-spec VERSION-RANGE-SPEC, which CSAF 2.0 recommends for
/// <c>product_version_range</c>): <c>vers:&lt;scheme&gt;/&lt;constraint&gt;|&lt;constraint&gt;…</c>, each constraint a
/// comparator (<c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>; none means <c>=</c>) and a
/// version, or <c>*</c> for every version. Versions are ordered by the scheme's rules when CodeAssure knows the scheme,
/// otherwise by <see cref="GenericVersionOrder"/>.
/// </summary>
internal sealed class VersRange
{
    private readonly IComparer<string> _order;
    private readonly IReadOnlyList<(string Comparator, string Version)> _constraints;
    private readonly bool _all;

    private VersRange(string scheme, IComparer<string> order, IReadOnlyList<(string, string)> constraints, bool all)
    {
        Scheme = scheme;
        _order = order;
        _constraints = constraints;
        _all = all;
    }

    /// <summary>The versioning scheme named by the range (e.g. <c>semver</c>, <c>generic</c>).</summary>
    public string Scheme { get; }

    /// <summary>Parses <paramref name="text"/>; false (with the reason) when it is not a <c>vers</c> range.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out string? reason)
    {
        range = null;
        var trimmed = text?.Trim() ?? "";
        if (!trimmed.StartsWith("vers:", StringComparison.OrdinalIgnoreCase))
        {
            reason = "it does not start with 'vers:'";
            return false;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 6 || slash == trimmed.Length - 1)
        {
            reason = "it needs a scheme and constraints, as in vers:semver/>=1.0.0|<2.0.0";
            return false;
        }

        var scheme = trimmed[5..slash].ToLowerInvariant();
        var body = trimmed[(slash + 1)..].Replace(" ", "", StringComparison.Ordinal);
        if (body == "*")
        {
            range = new VersRange(scheme, GenericVersionOrder.Instance, [], all: true);
            reason = null;
            return true;
        }

        var constraints = new List<(string, string)>();
        foreach (var part in body.Split('|'))
        {
            var comparator = part.StartsWith(">=", StringComparison.Ordinal) || part.StartsWith("<=", StringComparison.Ordinal) || part.StartsWith("!=", StringComparison.Ordinal)
                ? part[..2]
                : part.StartsWith('>') || part.StartsWith('<') || part.StartsWith('=') ? part[..1] : "=";
            var version = comparator == "=" && !part.StartsWith('=') ? part : part[comparator.Length..];
            if (version.Length == 0 || version.Contains('*', StringComparison.Ordinal))
            {
                reason = $"the constraint '{part}' has no version";
                return false;
            }

            constraints.Add((comparator, Uri.UnescapeDataString(version)));
        }

        var order = OrderFor(scheme);
        constraints.Sort((a, b) => order.Compare(a.Item2, b.Item2));
        range = new VersRange(scheme, order, constraints, all: false);
        reason = null;
        return true;
    }

    /// <summary>Whether <paramref name="version"/> is in the range (the spec's containment algorithm).</summary>
    public bool Contains(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (_all)
        {
            return true;
        }

        foreach (var (comparator, bound) in _constraints)
        {
            var equal = _order.Compare(version, bound) == 0;
            if (equal && comparator is "=" or "<=" or ">=")
            {
                return true;
            }

            if (equal && comparator == "!=")
            {
                return false;
            }
        }

        var ranges = _constraints.Where(c => c.Comparator is not ("=" or "!=")).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            var (comparator, bound) = ranges[i];
            var compared = _order.Compare(version, bound);
            if (i == 0 && comparator is "<" or "<=" && compared < 0)
            {
                return true;
            }

            if (comparator is ">" or ">=" && compared > 0)
            {
                if (i == ranges.Count - 1)
                {
                    return true;
                }

                var (nextComparator, nextBound) = ranges[i + 1];
                if (nextComparator is "<" or "<=" && _order.Compare(version, nextBound) < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IComparer<string> OrderFor(string scheme)
    {
        var ecosystem = scheme switch
        {
            "semver" => "SemVer",
            "npm" => "npm",
            "pypi" => "PyPI",
            "nuget" => "NuGet",
            "maven" => "Maven",
            "golang" => "Go",
            "cargo" => "crates.io",
            "gem" => "RubyGems",
            "composer" => "Packagist",
            "hex" => "Hex",
            "pub" => "Pub",
            "deb" => "Debian",
            "apk" or "alpine" => "Alpine",
            "cran" => "CRAN",
            _ => null,
        };
        return ecosystem is not null && VersionSchemes.TryFor(ecosystem, out var known) ? new FallbackOrder(known) : GenericVersionOrder.Instance;
    }

    // A version the scheme cannot parse is still ordered (generically) rather than failing the whole document.
    private sealed class FallbackOrder(IVersionScheme scheme) : IComparer<string>
    {
        public int Compare(string? x, string? y) =>
            x is not null && y is not null && scheme.TryCompare(x, y, out var result, out _) ? result : GenericVersionOrder.Instance.Compare(x, y);
    }
}
