using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// A version scheme that can hand out its parsed versions, so that code comparing one version with many (a range's
/// events) parses each string once instead of once per comparison.
/// </summary>
internal interface IParsedVersionOrdering
{
    /// <summary>Parses a version; false when the ecosystem rejects it.</summary>
    bool TryParse(string version, [NotNullWhen(true)] out object? parsed);

    /// <summary>Compares two values returned by <see cref="TryParse"/> of this scheme.</summary>
    int CompareParsed(object a, object b);
}
