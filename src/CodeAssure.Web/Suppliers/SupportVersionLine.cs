namespace CodeAssure.Web.Suppliers;

/// <summary>
/// A <c>version</c> of a support.json entry (docs/support-lifecycle.schema.json: "a version or version line, e.g. 2.3 or
/// 2.x"; the server writes whatever the vendor typed as a support period's versions) and how closely it covers a
/// version in use: an exact version, a line (<c>2.x</c>, <c>2.*</c>, or <c>2.3</c> covering <c>2.3.7</c>), or a range
/// (<c>1.0 - 1.9</c>, or a <c>vers:</c> range).
/// </summary>
internal static class SupportVersionLine
{
    /// <summary>No match.</summary>
    public const int None = 0;

    /// <summary>
    /// How specifically <paramref name="line"/> covers <paramref name="version"/>: <see cref="None"/> when it does not,
    /// otherwise higher for a closer match (exact beats a longer line beats a shorter line beats a range), so the
    /// caller picks the best of several lines.
    /// </summary>
    public static int Covers(string line, string version)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(version);
        var l = line.Trim();
        var v = version.Trim();
        if (l.Length == 0 || v.Length == 0)
        {
            return None;
        }

        if (string.Equals(l, v, StringComparison.OrdinalIgnoreCase) || (!IsLineOrRange(l) && GenericVersionOrder.Instance.Compare(l, v) == 0))
        {
            return 1000;
        }

        if (VersRange.TryParse(l, out var vers, out _))
        {
            return vers.Contains(v) ? 1 : None;
        }

        if (SplitRange(l) is var (low, high))
        {
            var order = GenericVersionOrder.Instance;
            return order.Compare(v, low) >= 0 && (order.Compare(v, high) <= 0 || Prefix(Segments(high), Segments(v))) ? 1 : None;
        }

        var lineParts = Segments(l);
        if (lineParts.Length > 0 && lineParts[^1] is "x" or "X" or "*")
        {
            lineParts = lineParts[..^1];
        }

        return lineParts.Length > 0 && lineParts.Length < Segments(v).Length && Prefix(lineParts, Segments(v)) ? 10 + lineParts.Length : None;
    }

    private static bool IsLineOrRange(string line) =>
        line.EndsWith(".x", StringComparison.OrdinalIgnoreCase) || line.EndsWith('*') || SplitRange(line) is not null || line.StartsWith("vers:", StringComparison.OrdinalIgnoreCase);

    // "1.0 - 1.9", "1.0–1.9" (an en dash), "1.0 to 1.9": spaces around a hyphen tell a range from a pre-release suffix.
    private static (string Low, string High)? SplitRange(string line)
    {
        foreach (var separator in new[] { " - ", "\u2013", " to " })
        {
            var at = line.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                var low = line[..at].Trim();
                var high = line[(at + separator.Length)..].Trim();
                return low.Length > 0 && high.Length > 0 ? (low, high) : null;
            }
        }

        return null;
    }

    private static string[] Segments(string version) => version.Split('.', StringSplitOptions.RemoveEmptyEntries);

    private static bool Prefix(string[] prefix, string[] version) =>
        prefix.Length <= version.Length && prefix.Select((p, i) => string.Equals(p, version[i], StringComparison.OrdinalIgnoreCase)).All(b => b);
}
