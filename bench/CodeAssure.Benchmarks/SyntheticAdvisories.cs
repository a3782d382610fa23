using System.Globalization;
using System.IO.Compression;
using System.Text;
using CodeAssure.Vulnerabilities.Tests.Osv;

namespace CodeAssure.Benchmarks;

/// <summary>Realistic synthetic OSV data at volume: an all.zip of records and an SBOM of components drawn from the same packages.</summary>
internal static class SyntheticAdvisories
{
    public static void WriteZip(string path, int records, int seed = 42)
    {
        var random = new Random(seed);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        for (var n = 0; n < records; n++)
        {
            var entry = zip.CreateEntry($"SYN-{n:D7}.json", CompressionLevel.Fastest);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes(SyntheticOsvRecords.Record(n, random)));
        }
    }

    public static void WriteFolder(string folder, int records) => SyntheticOsvRecords.WriteFolder(folder, records);

    /// <summary>
    /// Components whose names come from the generator's package space (so a share of them is affected), spread over
    /// the ecosystems the records use, with versions around the generated ranges.
    /// </summary>
    public static IReadOnlyList<string> Purls(int count, int records, int seed = 11)
    {
        var random = new Random(seed);
        var purls = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var n = random.Next(records);
            var a = random.Next(3);
            var version = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 6)}.{random.Next(0, 20)}.{random.Next(0, 9)}");
            var simple = $"package-{n % 5000}-{a}";
            purls.Add((i % 8) switch
            {
                0 => $"pkg:pypi/{simple}@{version}",
                1 => $"pkg:npm/{simple}@{version}",
                2 => $"pkg:maven/org.example.group{n % 97}/artifact-{n}-{a}@{version}",
                3 => $"pkg:golang/github.com/example{n % 89}/module{n}-{a}@v{version}",
                4 => $"pkg:cargo/{simple}@{version}",
                5 => $"pkg:nuget/{simple}@{version}",
                6 => $"pkg:gem/{simple}@{version}",
                _ => $"pkg:deb/debian/{simple}@{version}?distro=debian-12",
            });
        }

        return purls;
    }

    public static void WriteSbom(string path, IReadOnlyList<string> purls)
    {
        var builder = new StringBuilder("""{"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"components":[""");
        for (var i = 0; i < purls.Count; i++)
        {
            var at = purls[i].LastIndexOf('@');
            var name = purls[i][(purls[i].IndexOf('/') + 1)..at];
            builder.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"type":"library","bom-ref":"c{{i}}","name":"{{name}}","version":"{{purls[i][(at + 1)..].Split('?')[0]}}","purl":"{{purls[i]}}"}""");
        }

        builder.Append("]}");
        File.WriteAllText(path, builder.ToString());
    }
}
