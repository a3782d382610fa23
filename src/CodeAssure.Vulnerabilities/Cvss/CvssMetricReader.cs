using System.Globalization;
using System.Text;

namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>
/// Splits the metric part of a vector string ("AV:N/AC:L/…") into metric/value pairs, checking each against its
/// version's definitions. Every rejection names the offending metric.
/// </summary>
internal static class CvssMetricReader
{
    /// <summary>Reads <paramref name="body"/> into metrics in the order given; throws <see cref="CvssFormatException"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(string body, IReadOnlyList<CvssMetricDefinition> definitions, string versionLabel)
    {
        if (body.Length == 0)
        {
            throw new CvssFormatException($"no metrics in the {versionLabel} vector");
        }

        var byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = body.Split('/');
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.Length == 0)
            {
                var where = i == 0 ? "a leading '/'" : i == fields.Length - 1 ? "a trailing '/'" : "a doubled '/'";
                throw new CvssFormatException($"empty metric at position {i + 1} ({where})");
            }

            var colon = field.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new CvssFormatException($"metric {Quote(field)} has no value (expected METRIC:VALUE)", field);
            }

            var name = field[..colon];
            var value = field[(colon + 1)..];
            if (!byName.TryGetValue(name, out var definition))
            {
                var hint = definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)) is { } near
                    ? $" (metric names are case-sensitive: did you mean '{near.Name}'?)"
                    : "";
                throw new CvssFormatException($"unknown metric {Quote(name)} in a {versionLabel} vector{hint}", name);
            }

            if (metrics.ContainsKey(name))
            {
                throw new CvssFormatException($"duplicate metric '{name}'", name);
            }

            if (!definition.Values.Contains(value, StringComparer.Ordinal))
            {
                var hint = definition.Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
                    ? "; values are case-sensitive"
                    : "";
                throw new CvssFormatException(
                    $"invalid value {Quote(value)} for metric '{name}' (expected {string.Join(", ", definition.Values)}{hint})", name);
            }

            metrics.Add(name, value);
        }

        var missing = definitions.Where(d => d.Group == CvssMetricGroup.Base && !metrics.ContainsKey(d.Name)).Select(d => d.Name).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => $"'{m}'"));
            throw new CvssFormatException(
                missing.Count == 1 ? $"missing mandatory base metric {names}" : $"missing mandatory base metrics {names}", missing[0]);
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(metrics);
    }

    /// <summary>Quotes untrusted text for an error message: short, and with control characters made visible.</summary>
    public static string Quote(string text)
    {
        const int Limit = 24;
        var builder = new StringBuilder("'");
        foreach (var c in text.Length > Limit ? text[..Limit] : text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(text.Length > Limit ? "…'" : "'");
        return builder.ToString();
    }
}
