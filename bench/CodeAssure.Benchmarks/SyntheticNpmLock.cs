using System.Globalization;
using System.Text.Json;

namespace CodeAssure.Benchmarks;

/// <summary>
/// Writes a synthetic but realistic npm package-lock.json (lockfileVersion 3): scoped and unscoped names, a share
/// of dev and optional packages, nested duplicates under node_modules/x/node_modules/y, sha512 integrity values and
/// dependency edges that only point "down" the list, so the graph is acyclic like most real ones.
/// </summary>
internal static class SyntheticNpmLock
{
    public static void Write(Stream stream, int entries, int seed = 1)
    {
        var random = new Random(seed);
        var names = new List<string>(entries);
        var versions = new List<string>(entries);
        var paths = new List<string>(entries);
        var unique = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; names.Count < entries; i++)
        {
            var name = random.Next(10) == 0 ? $"@scope{random.Next(40)}/pkg-{i}" : $"pkg-{i}";
            var version = $"{random.Next(12)}.{random.Next(30)}.{random.Next(20)}";
            // One in ten is a nested copy of an earlier package at another version.
            var nested = names.Count > 50 && random.Next(10) == 0;
            var path = nested ? $"{paths[random.Next(paths.Count)]}/node_modules/{names[random.Next(names.Count)]}" : $"node_modules/{name}";
            if (nested)
            {
                name = path[(path.LastIndexOf("node_modules/", StringComparison.Ordinal) + "node_modules/".Length)..];
            }

            if (!unique.Add(path) || path.Split("node_modules/").Length > 4)
            {
                continue;
            }

            names.Add(name);
            versions.Add(version);
            paths.Add(path);
        }

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("name", "synthetic-app");
        json.WriteString("version", "1.0.0");
        json.WriteNumber("lockfileVersion", 3);
        json.WriteBoolean("requires", true);
        json.WriteStartObject("packages");
        json.WriteStartObject("");
        json.WriteString("name", "synthetic-app");
        json.WriteString("version", "1.0.0");
        WriteDependencies(json, "dependencies", Enumerable.Range(0, 30).Select(i => i * 3), names);
        WriteDependencies(json, "devDependencies", Enumerable.Range(0, 20).Select(i => i * 3 + 1), names);
        json.WriteEndObject();
        var hash = new byte[64];
        for (var i = 0; i < paths.Count; i++)
        {
            json.WriteStartObject(paths[i]);
            json.WriteString("version", versions[i]);
            var bare = names[i][(names[i].LastIndexOf('/') + 1)..];
            json.WriteString("resolved", $"https://registry.npmjs.org/{names[i]}/-/{bare}-{versions[i]}.tgz");
            random.NextBytes(hash);
            json.WriteString("integrity", "sha512-" + Convert.ToBase64String(hash));
            if (i % 5 == 1)
            {
                json.WriteBoolean("dev", true);
            }
            else if (i % 50 == 7)
            {
                json.WriteBoolean("optional", true);
            }

            json.WriteString("license", "MIT");
            var count = random.Next(6);
            if (count > 0 && i + 1 < paths.Count)
            {
                WriteDependencies(json, "dependencies", Enumerable.Range(0, count).Select(_ => random.Next(i + 1, paths.Count)), names);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteDependencies(Utf8JsonWriter json, string section, IEnumerable<int> indexes, List<string> names)
    {
        json.WriteStartObject(section);
        foreach (var name in indexes.Where(i => i < names.Count).Select(i => names[i]).Distinct(StringComparer.Ordinal))
        {
            json.WriteString(name, "^" + (name.Length % 9).ToString(CultureInfo.InvariantCulture) + ".0.0");
        }

        json.WriteEndObject();
    }
}
