using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>
/// How one package ecosystem orders its version strings, as that ecosystem's own tools do. Used as an
/// <see cref="IComparer{T}"/> of strings, it throws <see cref="InvalidVersionException"/> for a string the ecosystem
/// rejects; use <see cref="TryCompare"/> to get the reason instead.
/// </summary>
public interface IVersionScheme : IComparer<string>
{
    /// <summary>The OSV ecosystem name this scheme orders, e.g. <c>PyPI</c>.</summary>
    string Ecosystem { get; }

    /// <summary>Whether the ecosystem accepts <paramref name="version"/>; if not, <paramref name="reason"/> says why.</summary>
    bool IsValid(string version, [NotNullWhen(false)] out string? reason);

    /// <summary>
    /// Compares two versions: a negative number, zero or a positive number when <paramref name="a"/> sorts before,
    /// equal to or after <paramref name="b"/>. Returns false with a reason naming the bad version if either is rejected.
    /// </summary>
    bool TryCompare(string a, string b, out int result, [NotNullWhen(false)] out string? reason);
}
