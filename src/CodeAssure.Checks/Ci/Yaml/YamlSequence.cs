namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A YAML sequence.</summary>
internal sealed class YamlSequence(int line, int column, long start) : YamlNode(line, column, start)
{
    /// <summary>The items, in order (an alias is the node it refers to).</summary>
    public List<YamlNode> Items { get; } = [];
}
