namespace CodeAssure.Sbom.Generation.Text;

/// <summary>A node of the YAML subset that lock files use: block and flow mappings and sequences, and scalars.</summary>
internal abstract class YamlNode(int line)
{
    /// <summary>The 1-based line the node starts on.</summary>
    public int Line { get; } = line;

    public string? AsString() => (this as YamlScalar)?.Value;

    public YamlNode? this[string key] => (this as YamlMapping)?.Get(key);
}

internal sealed class YamlScalar(int line, string value) : YamlNode(line)
{
    public string Value { get; } = value;
}

internal sealed class YamlSequence(int line) : YamlNode(line)
{
    public List<YamlNode> Items { get; } = [];
}

internal sealed class YamlMapping(int line) : YamlNode(line)
{
    private readonly Dictionary<string, YamlNode> _byKey = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, YamlNode>> Entries { get; } = [];

    public YamlNode? Get(string key) => _byKey.GetValueOrDefault(key);

    public void Add(string key, YamlNode value, int line)
    {
        if (!_byKey.TryAdd(key, value))
        {
            throw new LockFileException(line, $"duplicate key '{key}'");
        }

        Entries.Add(new(key, value));
    }
}
