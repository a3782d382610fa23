using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Text;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Yarn's <c>yarn.lock</c>, both the classic v1 format (<c>version "1.2.3"</c>, <c>integrity sha512-…</c>) and
/// berry's YAML format (v2+: <c>resolution: "name@npm:1.2.3"</c>). Each entry is keyed by the specifiers that resolve
/// to it; dependencies name a specifier. Direct dependencies come from the workspace entry (berry) or the
/// package.json beside the lock file; scope follows the paths from them. Berry's <c>checksum</c> is a hash of Yarn's
/// own cache archive, not of the published tarball, so it is not recorded.
/// </summary>
internal sealed class YarnLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("yarn.lock", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var entries = source.Text.Contains("__metadata:", StringComparison.Ordinal) ? ReadBerry(source.Text) : ReadClassic(source.Text);
        var bySpecifier = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        var workspaceDependencies = new List<(string Name, string Range, DependencyScope Scope)>();
        var resolved = new List<(LockedPackage Package, Entry Entry)>();
        foreach (var entry in entries)
        {
            if (entry.Resolution is { } resolution && IsLocal(resolution))
            {
                // The project or one of its workspaces: what it depends on is direct.
                if (resolution.Contains("@workspace:.", StringComparison.Ordinal) && !resolution.Contains("@workspace:./", StringComparison.Ordinal))
                {
                    workspaceDependencies.AddRange(entry.Dependencies.Select(d => (d.Name, d.Range, DependencyScope.Required)));
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Version) || entry.Version.StartsWith("0.0.0-use.local", StringComparison.Ordinal))
            {
                continue;
            }

            var fullName = NameOf(entry.Resolution ?? entry.Specifiers[0]);
            var (scope, name) = NpmNames.Split(fullName);
            var package = contents.Add(PackageEcosystem.Npm, scope, name, entry.Version);
            foreach (var hash in HashText.FromIntegrity(entry.Integrity))
            {
                package.AddHash(hash);
            }

            foreach (var specifier in entry.Specifiers)
            {
                bySpecifier[specifier] = package;
            }

            resolved.Add((package, entry));
        }

        foreach (var (package, entry) in resolved)
        {
            foreach (var (name, range) in entry.Dependencies)
            {
                if (Find(bySpecifier, name, range) is { } target)
                {
                    package.DependsOn.Add(target.Purl);
                }
            }
        }

        var manifest = source.ReadSibling("package.json");
        var declared = NpmNames.ManifestDependencies(manifest);
        if (declared is not null && manifest is not null)
        {
            using var document = JsonFields.Parse(manifest);
            foreach (var (name, scope) in declared)
            {
                var target = FindByName(document.RootElement, bySpecifier, name);
                if (target is not null)
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
        else if (workspaceDependencies.Count > 0)
        {
            foreach (var (name, range, scope) in workspaceDependencies)
            {
                if (Find(bySpecifier, name, range) is { } target)
                {
                    contents.AddDirect(target, scope);
                }
            }
        }
        else
        {
            contents.DirectKnown = false;
        }
    }

    // An alias ("alias@npm:real@^1.0") installs the real package.
    private static string NameOf(string specifier)
    {
        var range = NpmNames.RangeOfSpecifier(specifier);
        return range.StartsWith("npm:", StringComparison.Ordinal) && range.IndexOf('@', 5) > 0
            ? NpmNames.NameOfSpecifier(range[4..])
            : NpmNames.NameOfSpecifier(specifier);
    }

    private static bool IsLocal(string resolution) =>
        resolution.Contains("@workspace:", StringComparison.Ordinal) || resolution.Contains("@link:", StringComparison.Ordinal)
        || resolution.Contains("@portal:", StringComparison.Ordinal) || resolution.Contains("@file:", StringComparison.Ordinal);

    private static LockedPackage? Find(Dictionary<string, LockedPackage> bySpecifier, string name, string range) =>
        bySpecifier.GetValueOrDefault($"{name}@{range}") ?? bySpecifier.GetValueOrDefault($"{name}@npm:{range}");

    // package.json sections give name → range; the range chooses among several locked versions of one name.
    private static LockedPackage? FindByName(System.Text.Json.JsonElement manifest, Dictionary<string, LockedPackage> bySpecifier, string name)
    {
        foreach (var section in new[] { "dependencies", "devDependencies", "optionalDependencies", "peerDependencies" })
        {
            foreach (var member in JsonFields.Members(manifest, section))
            {
                if (member.Name == name && member.Value.ValueKind == System.Text.Json.JsonValueKind.String
                    && Find(bySpecifier, name, member.Value.GetString()!) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    private sealed record Entry(IReadOnlyList<string> Specifiers, string? Version, string? Resolution, string? Integrity, IReadOnlyList<(string Name, string Range)> Dependencies);

    private static List<Entry> ReadBerry(string text)
    {
        if (YamlSubsetReader.Read(text) is not YamlMapping root)
        {
            throw new LockFileException(1, "expected a mapping of entries");
        }

        var entries = new List<Entry>();
        foreach (var (key, node) in root.Entries)
        {
            if (key == "__metadata")
            {
                continue;
            }

            if (node is not YamlMapping mapping)
            {
                throw new LockFileException(node.Line, $"entry '{key}' is not a mapping");
            }

            var dependencies = new List<(string, string)>();
            foreach (var section in new[] { "dependencies", "optionalDependencies" })
            {
                if (mapping[section] is YamlMapping deps)
                {
                    dependencies.AddRange(deps.Entries.Select(d => (d.Key, d.Value.AsString() ?? "")));
                }
            }

            var specifiers = key.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new Entry(specifiers, mapping["version"]?.AsString(), mapping["resolution"]?.AsString(), null, dependencies));
        }

        return entries;
    }

    private static List<Entry> ReadClassic(string text)
    {
        var entries = new List<Entry>();
        List<string>? specifiers = null;
        string? version = null, integrity = null;
        var dependencies = new List<(string, string)>();
        var inDependencies = false;
        var number = 0;

        void Flush()
        {
            if (specifiers is not null)
            {
                entries.Add(new Entry(specifiers, version, null, integrity, [.. dependencies]));
            }

            specifiers = null;
            version = integrity = null;
            dependencies.Clear();
            inDependencies = false;
        }

        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r', ' ');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.Trim();
            if (indent == 0)
            {
                Flush();
                if (!content.EndsWith(':'))
                {
                    throw new LockFileException(number, $"expected an entry header ending in ':', found '{Shorten(content)}'");
                }

                specifiers = [.. content[..^1].Split(',').Select(s => Unquote(s.Trim(), number)).Where(s => s.Length > 0)];
                if (specifiers.Count == 0)
                {
                    throw new LockFileException(number, "entry header names no package");
                }

                continue;
            }

            if (specifiers is null)
            {
                throw new LockFileException(number, "indented line outside an entry");
            }

            if (indent == 2)
            {
                inDependencies = false;
                var (key, value) = SplitField(content, number);
                switch (key)
                {
                    case "version": version = value; break;
                    case "integrity": integrity = value; break;
                    case "dependencies:" or "optionalDependencies:": inDependencies = true; break;
                    default: break;
                }
            }
            else if (inDependencies)
            {
                var (key, value) = SplitField(content, number);
                dependencies.Add((key, value));
            }
        }

        Flush();
        return entries;
    }

    private static (string Key, string Value) SplitField(string content, int line)
    {
        if (content.EndsWith(':'))
        {
            return (content, "");
        }

        var position = 0;
        var key = ReadToken(content, ref position, line);
        var value = position < content.Length ? Unquote(content[position..].Trim(), line) : "";
        return (key, value);
    }

    private static string ReadToken(string content, ref int position, int line)
    {
        if (content[0] == '"')
        {
            var close = content.IndexOf('"', 1);
            if (close < 0)
            {
                throw new LockFileException(line, "unterminated quoted string");
            }

            position = close + 1;
            return content[1..close];
        }

        var space = content.IndexOf(' ', StringComparison.Ordinal);
        position = space < 0 ? content.Length : space + 1;
        return space < 0 ? content : content[..space];
    }

    private static string Unquote(string text, int line)
    {
        if (text.StartsWith('"'))
        {
            return text.Length >= 2 && text.EndsWith('"') ? text[1..^1] : throw new LockFileException(line, "unterminated quoted string");
        }

        return text;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
