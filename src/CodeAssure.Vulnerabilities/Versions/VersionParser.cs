using System.Diagnostics.CodeAnalysis;

namespace CodeAssure.Vulnerabilities.Versions;

/// <summary>The shape of every ecosystem's <c>TryParse</c>: a parsed version, or the reason the text is not one.</summary>
internal delegate bool VersionParser<TVersion>(string text, [NotNullWhen(true)] out TVersion? version, [NotNullWhen(false)] out string? error)
    where TVersion : class;
