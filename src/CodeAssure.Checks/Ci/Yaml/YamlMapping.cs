namespace CodeAssure.Checks.Ci.Yaml;

/// <summary>A YAML mapping whose keys are scalars. Merge keys (<c>&lt;&lt;: *defaults</c>) are honoured when reading.</summary>
internal sealed class YamlMapping(int line, int column, long start) : YamlNode(line, column, start)
{
    private const string MergeKey = "<<";

    /// <summary>The entries as written, in order (merge keys included).</summary>
    public List<KeyValuePair<YamlScalar, YamlNode>> Written { get; } = [];

    /// <summary>The entries with merge keys applied: the mapping's own keys first, then merged keys it does not override.</summary>
    public IEnumerable<KeyValuePair<YamlScalar, YamlNode>> Entries
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Written)
            {
                if (entry.Key.Value != MergeKey && seen.Add(entry.Key.Value))
                {
                    yield return entry;
                }
            }

            foreach (var entry in Written)
            {
                if (entry.Key.Value != MergeKey)
                {
                    continue;
                }

                // Aliases always point back to a finished node, so merge chains cannot loop.
                IEnumerable<YamlNode> sources = entry.Value is YamlSequence list ? list.Items : [entry.Value];
                foreach (var source in sources.OfType<YamlMapping>())
                {
                    foreach (var merged in source.Entries)
                    {
                        if (seen.Add(merged.Key.Value))
                        {
                            yield return merged;
                        }
                    }
                }
            }
        }
    }

    /// <summary>The value of a key, or null when absent.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The key node of a key (for its line), or null when absent.</summary>
    public YamlScalar? KeyOf(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>The value of a key when it is a scalar.</summary>
    public YamlScalar? Scalar(string key) => Get(key) as YamlScalar;

    /// <summary>The value of a key when it is a mapping.</summary>
    public YamlMapping? Mapping(string key) => Get(key) as YamlMapping;

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => KeyOf(key) is not null;
}
