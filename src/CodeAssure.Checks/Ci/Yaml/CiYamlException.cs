namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A CI definition that cannot be read safely: malformed YAML or over a limit. It is reported and skipped.</summary>
internal sealed class CiYamlException(int line, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The 1-based line where the problem was seen (1 when it concerns the whole file).</summary>
    public int Line { get; } = Math.Max(line, 1);
}
