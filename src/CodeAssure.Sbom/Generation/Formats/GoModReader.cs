using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Go's <c>go.mod</c> with the <c>go.sum</c> beside it. <c>require</c> lines give each module's selected version;
/// those marked <c>// indirect</c> are transitive, the others direct. <c>replace</c> directives that point at
/// another module version are applied; modules replaced by a local folder are left out. go.mod does not record
/// which module needs which, so only the project's own edges are known. The go.sum <c>h1:</c> hash (a SHA-256 over
/// the module's file list, not over one archive) is kept as the property <c>codeassure:go-sum-h1</c>.
/// </summary>
internal sealed class GoModReader : ILockFileReader
{
    public bool Handles(string fileName) => fileName.Equals("go.mod", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var requires = new List<(string Path, string Version, bool Indirect, int Line)>();
        var replaces = new Dictionary<string, (string? Path, string? Version)>(StringComparer.Ordinal);
        string? block = null;
        var sawModule = false;
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var raw = lines[i].TrimEnd('\r');
            var comment = raw.IndexOf("//", StringComparison.Ordinal);
            var indirect = comment >= 0 && raw[(comment + 2)..].Trim().StartsWith("indirect", StringComparison.Ordinal);
            var line = (comment >= 0 ? raw[..comment] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (line == ")")
                {
                    block = null;
                    continue;
                }

                Directive(block, line, indirect, number);
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            var verb = space < 0 ? line : line[..space];
            var rest = space < 0 ? "" : line[(space + 1)..].Trim();
            switch (verb)
            {
                case "module":
                    sawModule = true;
                    break;
                case "require" or "replace" or "exclude" or "retract" or "tool" or "ignore" or "godebug":
                    if (rest == "(")
                    {
                        block = verb;
                    }
                    else
                    {
                        Directive(verb, rest, indirect, number);
                    }

                    break;
                case "go" or "toolchain":
                    break;
                default:
                    throw new LockFileException(number, $"unknown go.mod directive '{verb}'");
            }
        }

        if (block is not null)
        {
            throw new LockFileException(lines.Length, $"'{block} (' block is not closed");
        }

        if (!sawModule)
        {
            throw new LockFileException(1, "no 'module' directive: not a go.mod");
        }

        var sums = ReadGoSum(source.ReadSibling("go.sum"));
        foreach (var (path, version, isIndirect, _) in requires)
        {
            var (modulePath, moduleVersion) = (path, version);
            if (replaces.TryGetValue($"{path}@{version}", out var exact) || replaces.TryGetValue(path, out exact))
            {
                if (exact.Version is null)
                {
                    continue; // replaced by a local folder: part of this build, not a published module
                }

                (modulePath, moduleVersion) = (exact.Path!, exact.Version);
            }

            var slash = modulePath.LastIndexOf('/');
            var package = slash > 0
                ? contents.Add(PackageEcosystem.Golang, modulePath[..slash], modulePath[(slash + 1)..], moduleVersion)
                : contents.Add(PackageEcosystem.Golang, null, modulePath, moduleVersion);
            if (sums.TryGetValue($"{modulePath} {moduleVersion}", out var h1))
            {
                package.Properties.Add(new PackageProperty("codeassure:go-sum-h1", h1));
            }

            if (isIndirect)
            {
                package.Relation = DependencyRelation.Transitive;
            }
            else
            {
                contents.AddDirect(package, DependencyScope.Required);
            }
        }

        void Directive(string verb, string text, bool isIndirect, int number)
        {
            var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(Unquote).ToArray();
            switch (verb)
            {
                case "require":
                    if (fields.Length != 2)
                    {
                        throw new LockFileException(number, $"expected 'require module/path v1.2.3', found '{text}'");
                    }

                    requires.Add((fields[0], fields[1], isIndirect, number));
                    break;
                case "replace":
                    var arrow = Array.IndexOf(fields, "=>");
                    if (arrow is < 1 or > 2 || fields.Length - arrow - 1 is < 1 or > 2)
                    {
                        throw new LockFileException(number, $"expected 'replace old [v] => new [v]', found '{text}'");
                    }

                    var key = arrow == 2 ? $"{fields[0]}@{fields[1]}" : fields[0];
                    replaces[key] = fields.Length - arrow - 1 == 2 ? (fields[arrow + 1], fields[arrow + 2]) : (fields[arrow + 1], null);
                    break;
                default:
                    break;
            }
        }
    }

    private static string Unquote(string field) => field.Length >= 2 && field[0] is '"' or '`' && field[^1] == field[0] ? field[1..^1] : field;

    private static Dictionary<string, string> ReadGoSum(string? text)
    {
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n'))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            // "path version h1:…"; the "path version/go.mod h1:…" lines hash only the go.mod file.
            if (fields.Length == 3 && !fields[1].EndsWith("/go.mod", StringComparison.Ordinal) && fields[2].StartsWith("h1:", StringComparison.Ordinal))
            {
                sums[$"{fields[0]} {fields[1]}"] = fields[2];
            }
        }

        return sums;
    }
}
