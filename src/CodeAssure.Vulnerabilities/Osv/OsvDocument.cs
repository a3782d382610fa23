namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>One record's bytes as found in a source, or why none could be taken from that place.</summary>
/// <param name="Location">The file, <c>zip!entry</c> or URL.</param>
/// <param name="IsYaml">True for .yaml/.yml.</param>
/// <param name="Bytes">The raw bytes, or null when <paramref name="Problem"/> says why they were not read.</param>
/// <param name="Problem">Why this place was skipped (unsafe path, too large …).</param>
internal sealed record OsvDocument(string Location, bool IsYaml, byte[]? Bytes, string? Problem)
{
    /// <summary>A local file whose bytes are read later, by the worker that parses it (so reading runs in parallel too).</summary>
    public static OsvDocument FromFile(string path) => new(path, IsYamlFileName(path), null, null) { IsUnread = true };

    /// <summary>True until a <see cref="FromFile"/> document has been read.</summary>
    public bool IsUnread { get; private init; }

    public static bool IsRecordFileName(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsYamlFileName(name);

    public static bool IsYamlFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
