using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// pip requirements files (<c>requirements*.txt</c>). Only exact pins (<c>name==1.2.3</c> or <c>===</c>) identify a
/// package; every other requirement is reported as unpinned and left out. <c>--hash</c> options are recorded.
/// Every pinned requirement is direct; a file whose name mentions dev or test is scoped dev.
/// </summary>
internal sealed class RequirementsFileReader : ILockFileReader
{
    public bool Handles(string fileName) =>
        fileName.StartsWith("requirements", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        var lower = source.FileName.ToLowerInvariant();
        var scope = lower.Contains("dev", StringComparison.Ordinal) || lower.Contains("test", StringComparison.Ordinal) ? DependencyScope.Dev : DependencyScope.Required;
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r');
            // Backslash continues a requirement on the next line (common with --hash).
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + " " + lines[++i].TrimEnd('\r');
            }

            var comment = line.IndexOf(" #", StringComparison.Ordinal);
            line = (line.TrimStart().StartsWith('#') ? "" : comment >= 0 ? line[..comment] : line).Trim();
            if (line.Length == 0 || line.StartsWith('-'))
            {
                continue; // options: -r, -c, -e, --index-url …
            }

            if (line.Contains("://", StringComparison.Ordinal) || line.StartsWith('.') || line.StartsWith('/'))
            {
                contents.Warn(number, $"unpinned requirement (URL or path): '{Shorten(line)}'");
                continue;
            }

            var options = line.IndexOf(" --", StringComparison.Ordinal);
            var requirement = (options >= 0 ? line[..options] : line).Trim();
            var marker = requirement.IndexOf(';', StringComparison.Ordinal);
            if (marker >= 0)
            {
                requirement = requirement[..marker].Trim();
            }

            var name = PythonNames.RequirementName(requirement);
            if (name.Length == 0)
            {
                throw new LockFileException(number, $"not a requirement: '{Shorten(line)}'");
            }

            var rest = requirement[name.Length..].TrimStart();
            if (rest.StartsWith('['))
            {
                var close = rest.IndexOf(']', StringComparison.Ordinal);
                rest = close < 0 ? throw new LockFileException(number, "unclosed '[' of extras") : rest[(close + 1)..].TrimStart();
            }

            var pin = rest.StartsWith("===", StringComparison.Ordinal) ? rest[3..] : rest.StartsWith("==", StringComparison.Ordinal) ? rest[2..] : null;
            pin = pin?.Trim();
            if (pin is null || pin.Length == 0 || pin.Contains('*', StringComparison.Ordinal) || pin.Contains(',', StringComparison.Ordinal) || pin.Contains(' ', StringComparison.Ordinal))
            {
                contents.Warn(number, $"unpinned requirement '{Shorten(requirement)}' (only '==' pins are listed)");
                continue;
            }

            var package = contents.Add(PackageEcosystem.PyPI, null, name, pin);
            if (options >= 0)
            {
                var hashes = line[options..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(o => o.StartsWith("--hash=", StringComparison.Ordinal)).Select(o => o["--hash=".Length..]);
                PythonNames.RecordHashes(package, hashes, null);
            }

            contents.AddDirect(package, scope);
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
