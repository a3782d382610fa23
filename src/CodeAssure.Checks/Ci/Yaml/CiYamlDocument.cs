namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A CI definition file read as YAML: its path relative to the scanned folder, its text and its root node.</summary>
internal sealed class CiYamlDocument
{
    private readonly int[] _lineStarts;

    public CiYamlDocument(string path, string text, YamlNode? root)
    {
        Path = path;
        Text = text;
        Root = root;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The file, relative to the scanned folder, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The file's text.</summary>
    public string Text { get; }

    /// <summary>The first document's root node, or null for an empty file.</summary>
    public YamlNode? Root { get; }

    /// <summary>The 1-based line of a character offset in the file.</summary>
    public int LineAt(long offset)
    {
        var index = Array.BinarySearch(_lineStarts, (int)Math.Clamp(offset, 0, Text.Length));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>
    /// The line where a piece of text occurs inside a node as written in the file (e.g. an expression inside a
    /// block scalar), falling back to the node's own line when the written form differs (escapes, folding).
    /// </summary>
    public int LineOf(YamlNode node, string needle, int occurrence = 0)
    {
        var start = (int)Math.Clamp(node.Start, 0, Text.Length);
        var end = (int)Math.Clamp(node.End, start, Text.Length);
        var at = start;
        for (var i = 0; i <= occurrence; i++)
        {
            var found = Text.IndexOf(needle, at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return node.Line;
            }

            if (i == occurrence)
            {
                return LineAt(found);
            }

            at = found + needle.Length;
        }

        return node.Line;
    }
}
