namespace CodeAssure.Sbom.Validation;

/// <summary>One <c>Tag: value</c> pair of an SPDX tag-value document and the line it starts on.</summary>
internal sealed record SpdxTag(string Name, string Value, int Line)
{
    public string Location => $"{Line}:1";
}

/// <summary>
/// An SPDX tag-value document as a list of tags in document order, kept raw (no model) so validation can point at
/// lines. Multi-line values are wrapped in <c>&lt;text&gt;…&lt;/text&gt;</c>; lines starting with '#' are comments.
/// </summary>
internal sealed class SpdxTagValueDocument
{
    private SpdxTagValueDocument(IReadOnlyList<SpdxTag> tags) => Tags = tags;

    public IReadOnlyList<SpdxTag> Tags { get; }

    /// <summary>Whether the text looks like tag-value: an <c>SPDXVersion:</c> tag among its first lines.</summary>
    public static bool LooksLikeTagValue(string text)
    {
        using var reader = new StringReader(text);
        for (var i = 0; i < 200 && reader.ReadLine() is { } line; i++)
        {
            if (line.TrimStart().StartsWith("SPDXVersion:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits the text into tags, adding a problem for every line that is not a tag, comment or blank.</summary>
    public static SpdxTagValueDocument Parse(string text, List<ValidationProblem> problems)
    {
        var tags = new List<SpdxTag>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? line[..colon].Trim() : "";
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                problems.Add(new ValidationProblem($"{i + 1}:1", "expected 'Tag: value'"));
                continue;
            }

            var startLine = i + 1;
            var value = line[(colon + 1)..].Trim();
            if (value.StartsWith("<text>", StringComparison.Ordinal))
            {
                var builder = new System.Text.StringBuilder(value["<text>".Length..]);
                while (!builder.ToString().Contains("</text>", StringComparison.Ordinal) && i + 1 < lines.Length)
                {
                    builder.Append('\n').Append(lines[++i].TrimEnd('\r'));
                }

                var body = builder.ToString();
                var end = body.IndexOf("</text>", StringComparison.Ordinal);
                if (end < 0)
                {
                    problems.Add(new ValidationProblem($"{startLine}:1", $"the <text> value of '{name}' is never closed with </text>"));
                    value = body;
                }
                else
                {
                    value = body[..end];
                }
            }

            tags.Add(new SpdxTag(name, value, startLine));
        }

        return new SpdxTagValueDocument(tags);
    }
}
