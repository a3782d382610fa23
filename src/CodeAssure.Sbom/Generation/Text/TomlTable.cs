namespace CodeAssure.Sbom.Generation.Text;

/// <summary>
/// A TOML table as the lock-file reader produces it. Values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/>, <see cref="List{T}"/> of values, or nested tables.
/// </summary>
internal sealed class TomlTable(int line)
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The 1-based line the table starts on.</summary>
    public int Line { get; } = line;

    /// <summary>True for tables defined implicitly (by a dotted header or key), which may still be defined once.</summary>
    public bool Implicit { get; set; }

    public IEnumerable<KeyValuePair<string, object>> Entries => _values;

    public bool TryGet(string key, out object value) => _values.TryGetValue(key, out value!);

    public void Set(string key, object value, int line)
    {
        if (!_values.TryAdd(key, value))
        {
            throw new LockFileException(line, $"key '{key}' is defined twice");
        }
    }

    public string? String(string key) => _values.GetValueOrDefault(key) as string;

    public bool Bool(string key) => _values.GetValueOrDefault(key) is true;

    public TomlTable? Table(string key) => _values.GetValueOrDefault(key) as TomlTable;

    public IEnumerable<object> Array(string key) => _values.GetValueOrDefault(key) as List<object> ?? [];

    public IEnumerable<TomlTable> Tables(string key) => Array(key).OfType<TomlTable>();
}
