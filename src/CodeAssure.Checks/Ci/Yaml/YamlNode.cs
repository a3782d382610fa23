namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A node of a CI definition read as YAML: where it starts in the file and how many nodes it stands for.</summary>
internal abstract class YamlNode
{
    protected YamlNode(int line, int column, long start)
    {
        Line = line;
        Column = column;
        Start = start;
    }

    /// <summary>The 1-based line the node starts on.</summary>
    public int Line { get; }

    /// <summary>The 1-based column the node starts at.</summary>
    public int Column { get; }

    /// <summary>The character offset in the file where the node starts.</summary>
    public long Start { get; }

    /// <summary>The character offset in the file just after the node.</summary>
    public long End { get; internal set; }

    /// <summary>How many nodes this node stands for with aliases expanded (1 for a scalar).</summary>
    public long ExpandedSize { get; internal set; } = 1;

    /// <summary>The scalar's text, or null for a collection.</summary>
    public virtual string? Text => null;
}
