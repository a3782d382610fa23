using System.Globalization;
using System.Text;
using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation;

/// <summary>
/// Builds canonical package-URL strings for the ecosystems generation reads, following the purl specification's
/// per-type rules. Kept in this one class so it can later be replaced by the shared <c>PackageUrl</c> type.
/// </summary>
internal static class PurlText
{
    /// <summary>The purl type of an ecosystem.</summary>
    public static string TypeOf(PackageEcosystem ecosystem) => ecosystem switch
    {
        PackageEcosystem.Npm => "npm",
        PackageEcosystem.PyPI => "pypi",
        PackageEcosystem.Maven => "maven",
        PackageEcosystem.Golang => "golang",
        PackageEcosystem.NuGet => "nuget",
        PackageEcosystem.Cargo => "cargo",
        PackageEcosystem.Gem => "gem",
        PackageEcosystem.Composer => "composer",
        _ => throw new ArgumentOutOfRangeException(nameof(ecosystem), ecosystem, null),
    };

    /// <summary>Normalises a namespace and name as the type requires (e.g. PyPI names, Composer case).</summary>
    public static (string? Namespace, string Name) Normalise(PackageEcosystem ecosystem, string? @namespace, string name)
    {
        switch (ecosystem)
        {
            case PackageEcosystem.PyPI:
                return (null, NormalisePythonName(name));
            case PackageEcosystem.Composer:
                return (@namespace?.ToLowerInvariant(), name.ToLowerInvariant());
            case PackageEcosystem.Npm when @namespace is not null && !@namespace.StartsWith('@'):
                return ("@" + @namespace, name);
            default:
                return (string.IsNullOrEmpty(@namespace) ? null : @namespace, name);
        }
    }

    /// <summary>PEP 503: lower case, and every run of '-', '_' and '.' becomes one '-'.</summary>
    public static string NormalisePythonName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var inSeparator = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                if (!inSeparator)
                {
                    builder.Append('-');
                }

                inSeparator = true;
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
                inSeparator = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Builds <c>pkg:type/namespace/name@version?qualifiers</c>, percent-encoding each part.</summary>
    public static string Build(PackageEcosystem ecosystem, string? @namespace, string name, string? version, IReadOnlyDictionary<string, string>? qualifiers = null)
    {
        var (ns, normalisedName) = Normalise(ecosystem, @namespace, name);
        var builder = new StringBuilder("pkg:").Append(TypeOf(ecosystem)).Append('/');
        if (!string.IsNullOrEmpty(ns))
        {
            foreach (var segment in ns.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(Encode(segment)).Append('/');
            }
        }

        builder.Append(Encode(normalisedName));
        if (!string.IsNullOrEmpty(version))
        {
            builder.Append('@').Append(Encode(version));
        }

        if (qualifiers is { Count: > 0 })
        {
            var first = true;
            foreach (var (key, value) in qualifiers.Where(q => !string.IsNullOrEmpty(q.Value)).OrderBy(q => q.Key.ToLowerInvariant(), StringComparer.Ordinal))
            {
                builder.Append(first ? '?' : '&').Append(key.ToLowerInvariant()).Append('=').Append(Encode(value));
                first = false;
            }
        }

        return builder.ToString();
    }

    // Unreserved characters and ':' stay as they are; everything else is UTF-8 percent-encoded (so '@' is %40).
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' or ':')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
