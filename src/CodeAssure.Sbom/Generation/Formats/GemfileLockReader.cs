using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Bundler's <c>Gemfile.lock</c>: the <c>specs:</c> of the GEM, GIT and PATH sections (four-space indent:
/// <c>name (version[-platform])</c>; six-space: its dependencies), <c>DEPENDENCIES</c> (the direct ones) and,
/// from Bundler 2.5, <c>CHECKSUMS</c> (<c>name (version) sha256=…</c>). Gemfile groups are not in the lock, so
/// scope is required throughout. A platform-specific gem gets the purl qualifier <c>platform</c>.
/// </summary>
internal sealed class GemfileLockReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("Gemfile.lock", StringComparison.Ordinal) || fileName.Equals("gems.locked", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var byName = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        var byNameVersion = new Dictionary<string, LockedPackage>(StringComparer.Ordinal);
        var edges = new List<(LockedPackage From, string To)>();
        var direct = new List<string>();
        var checksums = new List<(string Name, string Version, string Value)>();
        string? section = null;
        LockedPackage? current = null;
        var inSpecs = false;
        var sawSection = false;
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r', ' ');
            if (line.Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line.Trim();
            if (indent == 0)
            {
                section = content;
                sawSection = true;
                inSpecs = false;
                current = null;
                continue;
            }

            switch (section)
            {
                case "GEM" or "GIT" or "PATH" or "PLUGIN SOURCE":
                    if (indent == 2)
                    {
                        inSpecs = content == "specs:";
                    }
                    else if (inSpecs && indent == 4)
                    {
                        var (name, version) = NameAndVersion(content, number);
                        var (plain, platform) = SplitPlatform(version);
                        current = contents.Add(PackageEcosystem.Gem, null, name, plain, platform is null ? null : new Dictionary<string, string> { ["platform"] = platform });
                        byName[name] = current;
                        byNameVersion[$"{name} {plain}"] = current;
                    }
                    else if (inSpecs && indent == 6 && current is not null)
                    {
                        edges.Add((current, NameOnly(content)));
                    }

                    break;
                case "DEPENDENCIES" when indent == 2:
                    direct.Add(NameOnly(content).TrimEnd('!'));
                    break;
                case "CHECKSUMS" when indent == 2:
                    var close = content.IndexOf(')', StringComparison.Ordinal);
                    if (close > 0)
                    {
                        var (name, version) = NameAndVersion(content[..(close + 1)], number);
                        foreach (var value in content[(close + 1)..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                        {
                            checksums.Add((name, SplitPlatform(version).Version, value));
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        if (!sawSection)
        {
            throw new LockFileException(1, "no GEM, GIT, PATH or DEPENDENCIES section: not a Gemfile.lock");
        }

        foreach (var (from, to) in edges)
        {
            if (byName.TryGetValue(to, out var target))
            {
                from.DependsOn.Add(target.Purl);
            }
        }

        foreach (var name in direct)
        {
            if (byName.TryGetValue(name, out var package))
            {
                contents.AddDirect(package, DependencyScope.Required);
            }
        }

        foreach (var (name, version, value) in checksums)
        {
            if (byNameVersion.TryGetValue($"{name} {version}", out var package))
            {
                package.AddHash(HashText.FromPrefixedHex(value));
            }
        }
    }

    private static (string Name, string Version) NameAndVersion(string content, int line)
    {
        var open = content.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || !content.EndsWith(')'))
        {
            throw new LockFileException(line, $"expected 'name (version)', found '{content}'");
        }

        return (content[..open], content[(open + 2)..^1]);
    }

    private static string NameOnly(string content)
    {
        var space = content.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? content : content[..space];
    }

    // RubyGems versions never contain '-', so "1.13.10-x86_64-linux" is version 1.13.10 on platform x86_64-linux.
    private static (string Version, string? Platform) SplitPlatform(string version)
    {
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? (version[..dash], version[(dash + 1)..]) : (version, null);
    }
}
