using System.Text;

namespace CodeAssure.Sbom.PackageUrls;

/// <summary>Text helpers the purl rules need: the specification's case folding, and safe echoing of input in messages.</summary>
internal static class PackageUrlText
{
    /// <summary>
    /// Lower-cases with the culture-invariant full case mapping the specification names (Unicode 3.13.2). It differs
    /// from .NET's simple invariant mapping only for U+0130 (İ), whose full lower-case form is "i" + U+0307.
    /// </summary>
    public static string ToLower(string value) =>
        value.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Upper-cases culture-invariantly (used where a type says a component "shall be uppercase").</summary>
    public static string ToUpper(string value) => value.ToUpperInvariant();

    /// <summary>The text as it may appear inside a one-line message: control characters escaped, at most 200 characters.</summary>
    public static string Printable(string value)
    {
        const int Limit = 200;
        var builder = new StringBuilder(Math.Min(value.Length, Limit) + 8);
        foreach (var c in value.Length > Limit ? value[..Limit] : value)
        {
            if (char.IsControl(c))
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => $"\\u{(int)c:X4}",
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        if (value.Length > Limit)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }
}
