using System.Text;

namespace CodeAssure.Sbom.Tests.Readers;

/// <summary>One row of conformance/sboms/MANIFEST.csv: the collector's expected answer for one file.</summary>
internal sealed record SbomManifestRow(string Path, string Format, string Serialization, string SpecVersion, int Count, string Note)
{
    /// <summary>SOURCE.md: rows whose format is CycloneDX/SPDX are accepted unless the note says INVALID.</summary>
    public bool ShouldRead => Format is "CycloneDX" or "SPDX" && !Note.StartsWith("INVALID", StringComparison.Ordinal);

    public override string ToString() => Path;
}

/// <summary>Reads MANIFEST.csv (RFC 4180: quoted fields, doubled quotes).</summary>
internal static class SbomManifest
{
    public static List<SbomManifestRow> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = ParseLine(lines[0]);
        Assert.Equal(["path", "format", "serialization", "spec_version", "component_or_package_count", "bytes", "note"], header);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(ParseLine).Select(f =>
            new SbomManifestRow(f[0], f[1], f[2], f[3], int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), f[6]))];
    }

    private static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
