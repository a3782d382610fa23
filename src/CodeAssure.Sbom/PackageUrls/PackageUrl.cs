using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CodeAssure.Sbom.PackageUrls;

/// <summary>
/// A package URL (purl, ECMA-427): <c>pkg:type/namespace/name@version?qualifiers#subpath</c>. An instance is always
/// valid and normalised — type lower-cased, per-type case folding and name rules applied, qualifiers with empty values
/// dropped and keys lower-cased and sorted, subpath without empty, '.' and '..' segments — so two instances are equal
/// exactly when their canonical strings (<see cref="ToString"/>) are.
/// </summary>
public sealed class PackageUrl : IEquatable<PackageUrl>
{
    /// <summary>Longest purl text <see cref="Parse"/> accepts; real purls are far shorter, this bounds hostile input.</summary>
    public const int MaxLength = 65_536;

    private const string Scheme = "pkg";

    /// <summary>
    /// Builds a purl from decoded components (the specification's "build" operation), normalising them as the
    /// specification and the type's definition say.
    /// </summary>
    /// <param name="type">The package type, e.g. <c>npm</c> (ASCII letter first, then letters, digits, '.', '-').</param>
    /// <param name="namespace">Optional namespace; segments separated by '/', leading and trailing '/' ignored.</param>
    /// <param name="name">The package name (required).</param>
    /// <param name="version">Optional version; empty means none.</param>
    /// <param name="qualifiers">Optional key/value pairs; pairs with an empty value are dropped.</param>
    /// <param name="subpath">Optional path inside the package; empty, '.' and '..' segments are dropped.</param>
    /// <exception cref="PackageUrlFormatException">The components do not make a valid purl.</exception>
    public PackageUrl(
        string type,
        string? @namespace,
        string name,
        string? version = null,
        IEnumerable<KeyValuePair<string, string>>? qualifiers = null,
        string? subpath = null)
    {
        Type = NormalizeType(type);
        var rules = PackageUrlTypes.For(Type);

        var namespaceSegments = SplitSegments(@namespace).Select(s => ApplyCase(s, rules.NamespaceCase)).ToList();
        name = (name ?? "").Trim('/');
        if (rules.NamespaceIsHost && namespaceSegments.Count > 1)
        {
            // The host is the namespace; whatever follows it is the repository path, i.e. the name.
            name = string.Join('/', namespaceSegments.Skip(1).Append(name));
            namespaceSegments.RemoveRange(1, namespaceSegments.Count - 1);
        }

        if (rules.NamespaceIsHost)
        {
            name = string.Join('/', SplitSegments(name));
        }

        Qualifiers = NormalizeQualifiers(Type, qualifiers);
        Name = NormalizeName(name, rules, Qualifiers);
        Namespace = namespaceSegments.Count == 0 ? null : string.Join('/', namespaceSegments);
        Version = string.IsNullOrEmpty(version) ? null : ApplyCase(version, rules.VersionCase);
        var subpathSegments = SplitSegments(subpath).Where(s => s is not ("." or "..")).Select(s => ApplyCase(s, rules.SubpathCase)).ToList();
        Subpath = subpathSegments.Count == 0 ? null : string.Join('/', subpathSegments);

        CheckTypeRules(rules, namespaceSegments.Count);
        Canonical = Format(namespaceSegments, rules, subpathSegments);
    }

    /// <summary>The package type, lower case (e.g. <c>maven</c>).</summary>
    public string Type { get; }

    /// <summary>The namespace, decoded, segments joined by '/'; null when there is none.</summary>
    public string? Namespace { get; }

    /// <summary>The package name, decoded.</summary>
    public string Name { get; }

    /// <summary>The version, decoded; null when there is none.</summary>
    public string? Version { get; }

    /// <summary>The qualifiers, decoded, keys lower case and sorted; never holds an empty value.</summary>
    public ImmutableSortedDictionary<string, string> Qualifiers { get; }

    /// <summary>The subpath, decoded, segments joined by '/'; null when there is none.</summary>
    public string? Subpath { get; }

    /// <summary>The checksums of the <c>checksum</c> qualifier (a comma-separated list, e.g. <c>sha256:…</c>); empty when absent.</summary>
    public IReadOnlyList<string> Checksums =>
        Qualifiers.TryGetValue("checksum", out var value)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    /// <summary>Whether the type is one the purl specification registers (unregistered types follow only the core rules).</summary>
    public bool IsRegisteredType => PackageUrlTypes.IsRegistered(Type);

    private string Canonical { get; }

    /// <summary>Builds a purl from decoded components; the same as the constructor, for call sites that read better with a factory.</summary>
    /// <exception cref="PackageUrlFormatException">The components do not make a valid purl.</exception>
    public static PackageUrl Create(
        string type,
        string? @namespace,
        string name,
        string? version = null,
        IEnumerable<KeyValuePair<string, string>>? qualifiers = null,
        string? subpath = null) =>
        new(type, @namespace, name, version, qualifiers, subpath);

    /// <summary>Parses a purl string; <c>pkg:</c> may be followed by slashes (<c>pkg://npm/x</c>), which are ignored.</summary>
    /// <exception cref="PackageUrlFormatException">The text is not a valid purl; the message says why, in one line.</exception>
    public static PackageUrl Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            throw new PackageUrlFormatException($"a purl may be at most {MaxLength} characters long, this one has {text.Length}");
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                throw new PackageUrlFormatException($"control character U+{(int)text[i]:X4} at position {i + 1}");
            }
        }

        // Split right to left as the specification's parsing procedure does: '#' subpath, then '?' qualifiers.
        var remainder = text;
        string? rawSubpath = null;
        var hash = remainder.LastIndexOf('#');
        if (hash >= 0)
        {
            rawSubpath = remainder[(hash + 1)..];
            remainder = remainder[..hash];
        }

        string? rawQualifiers = null;
        var question = remainder.LastIndexOf('?');
        if (question >= 0)
        {
            rawQualifiers = remainder[(question + 1)..];
            remainder = remainder[..question];
        }

        var colon = remainder.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new PackageUrlFormatException("missing the 'pkg:' scheme");
        }

        if (!remainder[..colon].Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new PackageUrlFormatException($"the scheme must be 'pkg', not '{PackageUrlText.Printable(remainder[..colon])}'");
        }

        remainder = remainder[(colon + 1)..].TrimStart('/');
        var slash = remainder.IndexOf('/', StringComparison.Ordinal);
        var rawType = slash < 0 ? remainder : remainder[..slash];
        remainder = slash < 0 ? "" : remainder[(slash + 1)..];
        var type = NormalizeType(rawType);

        string? version = null;
        var at = FindVersionSeparator(remainder);
        if (at >= 0)
        {
            version = PercentEncoding.Decode(remainder[(at + 1)..], "version");
            remainder = remainder[..at];
        }
        else
        {
            // Trailing slashes are not significant; but in "ns/@1.0" the slash closes an empty name.
            remainder = remainder.TrimEnd('/');
        }

        var lastSlash = remainder.LastIndexOf('/');
        var name = PercentEncoding.Decode(remainder[(lastSlash + 1)..], "name");
        if (name.Length == 0)
        {
            throw new PackageUrlFormatException("the name is required");
        }

        string? @namespace = null;
        if (lastSlash > 0)
        {
            @namespace = string.Join('/', DecodeSegments(remainder[..lastSlash], "namespace"));
        }

        var qualifiers = rawQualifiers is null ? null : ParseQualifiers(rawQualifiers);
        var subpath = rawSubpath is null ? null : string.Join('/', DecodeSegments(rawSubpath, "subpath"));
        return new PackageUrl(type, @namespace, name, version, qualifiers, subpath);
    }

    /// <summary>Parses a purl string, or returns false (and null) if it is not valid.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PackageUrl? result) =>
        TryParse(text, out result, out _);

    /// <summary>Parses a purl string, or returns false with the one-line reason it is not valid.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out PackageUrl? result,
        [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            result = null;
            error = "no purl given";
            return false;
        }

        try
        {
            result = Parse(text);
            error = null;
            return true;
        }
        catch (PackageUrlFormatException e)
        {
            result = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>The canonical purl string.</summary>
    public override string ToString() => Canonical;

    /// <inheritdoc/>
    public bool Equals(PackageUrl? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PackageUrl);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    /// <summary>Equal when the canonical forms are equal.</summary>
    public static bool operator ==(PackageUrl? left, PackageUrl? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Not equal when the canonical forms differ.</summary>
    public static bool operator !=(PackageUrl? left, PackageUrl? right) => !(left == right);

    private static string NormalizeType(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            throw new PackageUrlFormatException("the type is required");
        }

        if (!char.IsAsciiLetter(type[0]))
        {
            throw new PackageUrlFormatException($"the type '{PackageUrlText.Printable(type)}' must start with an ASCII letter");
        }

        foreach (var c in type)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
            {
                throw new PackageUrlFormatException(
                    $"the type '{PackageUrlText.Printable(type)}' may hold only ASCII letters, digits, '.' and '-', not '{PackageUrlText.Printable(c.ToString())}'");
            }
        }

        return type.ToLowerInvariant();
    }

    /// <summary>
    /// Where '@' separates name and version: the last '@', unless it opens a segment that is followed by more path —
    /// then it is part of a namespace such as npm's unencoded <c>@scope</c>, and there is no version.
    /// </summary>
    private static int FindVersionSeparator(string path)
    {
        var at = path.LastIndexOf('@');
        if (at < 0)
        {
            return -1;
        }

        var opensSegment = at == 0 || path[at - 1] == '/';
        var pathFollows = path.AsSpan(at + 1).TrimEnd('/').Contains('/');
        return opensSegment && pathFollows ? -1 : at;
    }

    private static IEnumerable<string> DecodeSegments(string raw, string component)
    {
        foreach (var segment in raw.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var decoded = PercentEncoding.Decode(segment, component);
            if (decoded.Contains('/', StringComparison.Ordinal))
            {
                throw new PackageUrlFormatException($"a {component} segment may not contain an encoded '/' ('{PackageUrlText.Printable(segment)}')");
            }

            yield return decoded;
        }
    }

    private static List<KeyValuePair<string, string>> ParseQualifiers(string raw)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in raw.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? "" : pair[(equals + 1)..];

            // "A key=value pair with an empty value is the same as if no key=value pair exists."
            if (value.Length == 0)
            {
                continue;
            }

            var key = pair[..equals];
            pairs.Add(new(key, PercentEncoding.Decode(value, $"value of qualifier '{PackageUrlText.Printable(key)}'")));
        }

        return pairs;
    }

    private static ImmutableSortedDictionary<string, string> NormalizeQualifiers(string type, IEnumerable<KeyValuePair<string, string>>? qualifiers)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (rawKey, value) in qualifiers ?? [])
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var key = ValidateQualifierKey(rawKey);
            if (!builder.TryAdd(key, PackageUrlTypes.NormalizeQualifierValue(type, key, value)))
            {
                throw new PackageUrlFormatException($"qualifier '{key}' appears more than once");
            }
        }

        return builder.ToImmutable();
    }

    private static string ValidateQualifierKey(string? rawKey)
    {
        if (string.IsNullOrEmpty(rawKey))
        {
            throw new PackageUrlFormatException("a qualifier has an empty key");
        }

        var key = rawKey.ToLowerInvariant();
        if (!char.IsAsciiLetterLower(key[0]))
        {
            throw new PackageUrlFormatException($"qualifier key '{PackageUrlText.Printable(rawKey)}' must start with an ASCII letter");
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_'))
            {
                throw new PackageUrlFormatException(
                    $"qualifier key '{PackageUrlText.Printable(rawKey)}' may hold only ASCII letters, digits, '.', '-' and '_' (and is never percent-encoded)");
            }
        }

        return key;
    }

    private static List<string> SplitSegments(string? path) =>
        string.IsNullOrEmpty(path) ? [] : [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries)];

    private static string NormalizeName(string name, PackageUrlTypeRules rules, IReadOnlyDictionary<string, string> qualifiers)
    {
        if (name.Length == 0)
        {
            throw new PackageUrlFormatException("the name is required");
        }

        name = ApplyCase(name, rules.NameCase);
        if (rules.NormalizeName is { } normalize)
        {
            name = normalize(name);
        }

        if (rules.NormalizeNameInContext is { } normalizeInContext)
        {
            name = normalizeInContext(name, qualifiers);
        }

        return name;
    }

    private static string ApplyCase(string value, CaseRule rule) => rule switch
    {
        CaseRule.Lower => PackageUrlText.ToLower(value),
        CaseRule.Upper => PackageUrlText.ToUpper(value),
        _ => value,
    };

    private void CheckTypeRules(PackageUrlTypeRules rules, int namespaceSegments)
    {
        if (rules.Namespace == ComponentRequirement.Required && Namespace is null)
        {
            throw TypeRule($"a {Type} purl requires a namespace");
        }

        if (rules.Namespace == ComponentRequirement.Prohibited && Namespace is not null)
        {
            throw TypeRule($"a {Type} purl must not have a namespace ('{PackageUrlText.Printable(Namespace)}')");
        }

        if (rules.MaxNamespaceSegments is { } max && namespaceSegments > max)
        {
            throw TypeRule($"a {Type} namespace has at most {max} segments, not {namespaceSegments}");
        }

        if (rules.NamePattern is { } namePattern && !namePattern.IsMatch(Name))
        {
            throw TypeRule($"{Type} name '{PackageUrlText.Printable(Name)}' does not match the permitted characters {namePattern}");
        }

        if (rules.VersionPattern is { } versionPattern && Version is not null && !versionPattern.IsMatch(Version))
        {
            throw TypeRule($"{Type} version '{PackageUrlText.Printable(Version)}' does not match the permitted characters {versionPattern}");
        }

        foreach (var key in rules.RequiredQualifiers)
        {
            if (!Qualifiers.ContainsKey(key))
            {
                throw TypeRule($"a {Type} purl requires the qualifier '{key}'");
            }
        }

        if (rules.Check?.Invoke(this) is { } reason)
        {
            throw TypeRule(reason);
        }
    }

    private static PackageUrlFormatException TypeRule(string message) => new(message, PackageUrlErrorKind.TypeRule);

    private string Format(List<string> namespaceSegments, PackageUrlTypeRules rules, List<string> subpathSegments)
    {
        var builder = new StringBuilder(Scheme.Length + 64).Append(Scheme).Append(':').Append(Type).Append('/');
        foreach (var segment in namespaceSegments)
        {
            builder.Append(PercentEncoding.Encode(segment)).Append('/');
        }

        if (rules.NamespaceIsHost)
        {
            // The name is a path on the host: its slashes are separators, not data.
            builder.AppendJoin('/', Name.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(PercentEncoding.Encode));
        }
        else
        {
            builder.Append(PercentEncoding.Encode(Name));
        }

        if (Version is not null)
        {
            builder.Append('@').Append(PercentEncoding.Encode(Version));
        }

        if (!Qualifiers.IsEmpty)
        {
            builder.Append('?').AppendJoin('&', Qualifiers.Select(q => q.Key + "=" + PercentEncoding.Encode(q.Value)));
        }

        if (subpathSegments.Count > 0)
        {
            builder.Append('#').AppendJoin('/', subpathSegments.Select(PercentEncoding.Encode));
        }

        return builder.ToString();
    }
}
