using CodeAssure.Sbom.Generation.Model;

namespace CodeAssure.Sbom.Generation.Formats;

/// <summary>
/// Gradle's <c>gradle.lockfile</c>: one line <c>group:artifact:version=configuration,…</c> per resolved module.
/// It lists direct and transitive modules alike without saying which is which. A module locked only for test
/// configurations is scoped dev; one that only annotation processors or build tools use is dev as well.
/// </summary>
internal sealed class GradleLockFileReader : ILockFileReader
{
    public bool Handles(string fileName) =>
        fileName.Equals("gradle.lockfile", StringComparison.Ordinal) || fileName.EndsWith(".lockfile", StringComparison.Ordinal) && fileName.StartsWith("buildscript-", StringComparison.Ordinal);

    public void Read(LockFileSource source, LockFileContents contents)
    {
        contents.DirectKnown = false;
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("empty=", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var coordinates = (equals < 0 ? line : line[..equals]).Split(':');
            if (coordinates.Length != 3 || coordinates.Any(string.IsNullOrWhiteSpace))
            {
                throw new LockFileException(i + 1, $"expected 'group:artifact:version=configurations', found '{(line.Length > 60 ? line[..60] : line)}'");
            }

            var configurations = equals < 0 ? [] : line[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var runtime = configurations.Length == 0 || configurations.Any(c => !c.StartsWith("test", StringComparison.OrdinalIgnoreCase)
                && !c.Contains("annotationProcessor", StringComparison.OrdinalIgnoreCase) && !c.Contains("Test", StringComparison.Ordinal)
                && !c.Equals("classpath", StringComparison.Ordinal));
            var package = contents.Add(PackageEcosystem.Maven, coordinates[0], coordinates[1], coordinates[2]);
            package.StateScope(runtime ? DependencyScope.Required : DependencyScope.Dev);
        }
    }
}
