using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation.JsonSchema;

/// <summary>
/// Turns the ECMA-262 patterns of JSON Schema into .NET regular expressions: with <see cref="RegexOptions.ECMAScript"/>
/// where .NET accepts the pattern that way (so \d, \w and \s keep their ASCII meaning), the default .NET dialect
/// otherwise; always with a match timeout so a hostile value cannot hang validation.
/// </summary>
internal sealed class EcmaScriptRegex
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Regex?> cache = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or null when it is not a usable regular expression.</summary>
    public Regex? Get(string pattern) => cache.GetOrAdd(pattern, Compile);

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript, MatchTimeout);
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
