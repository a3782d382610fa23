using System.Text;
using CodeAssure.Sbom.Generation.Formats;
using CodeAssure.Sbom.Generation.Model;
using CodeAssure.Sbom.Generation.Scanning;

namespace CodeAssure.Sbom.Generation;

/// <summary>
/// Finds the lock files and manifests under a folder, reads each with the reader for its format, and merges what
/// they say into one <see cref="PackageGraph"/>. A file that cannot be read becomes a warning; it never stops the
/// others from being read.
/// </summary>
public sealed class SbomGenerator
{
    private static readonly ILockFileReader[] Readers =
    [
        new NuGetLockFileReader(), new NuGetAssetsFileReader(),
        new NpmLockFileReader(), new YarnLockFileReader(), new PnpmLockFileReader(),
        new RequirementsFileReader(), new PoetryLockFileReader(), new PipfileLockReader(), new UvLockFileReader(),
        new GoModReader(), new CargoLockFileReader(),
        new MavenPomReader(), new GradleLockFileReader(),
        new GemfileLockReader(), new ComposerLockFileReader(),
    ];

    private readonly SbomGenerationOptions _options;

    /// <summary>Creates a generator with the given limits (or the defaults).</summary>
    public SbomGenerator(SbomGenerationOptions? options = null) => _options = options ?? new SbomGenerationOptions();

    /// <summary>Scans <paramref name="directory"/> and returns its packages; throws <see cref="DirectoryNotFoundException"/> if it does not exist.</summary>
    public async Task<PackageGraph> GenerateAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"'{directory}' is not a folder");
        }

        var warnings = new List<GenerationWarning>();
        var finder = new LockFileFinder(name => Readers.Any(r => r.Handles(name)), (file, message) => warnings.Add(new GenerationWarning(file, 0, message)), _options.Exclude);
        var realRoot = LockFileFinder.RealPath(root) ?? root;
        var merged = new Dictionary<string, Merged>(StringComparer.Ordinal);
        var scanned = new List<string>();
        foreach (var file in finder.Find(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = Readers.First(r => r.Handles(Path.GetFileName(file.FullPath)));
            var text = await ReadLimitedAsync(file.FullPath, file.RelativePath, warnings, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                continue;
            }

            var folder = Path.GetDirectoryName(file.FullPath)!;
            var contents = new LockFileContents(file.RelativePath);
            var source = new LockFileSource(file.RelativePath, text, name => ReadSibling(folder, name, realRoot));
            try
            {
                reader.Read(source, contents);
            }
            catch (LockFileException e)
            {
                warnings.Add(new GenerationWarning(file.RelativePath, e.Line, $"skipped: {e.Message}"));
                continue;
            }

            scanned.Add(file.RelativePath);
            warnings.AddRange(contents.Warnings);
            foreach (var (package, scope, relation) in contents.Settle())
            {
                if (!merged.TryGetValue(package.Purl, out var entry))
                {
                    merged[package.Purl] = entry = new Merged(package, scope, relation);
                }

                entry.Absorb(package, scope, relation, file.RelativePath);
            }
        }

        var name = new DirectoryInfo(root).Name;
        return new PackageGraph(
            string.IsNullOrEmpty(name) ? "root" : name,
            merged.Values.Select(m => m.ToPackage()),
            warnings,
            scanned);
    }

    private async Task<string?> ReadLimitedAsync(string path, string relative, List<GenerationWarning> warnings, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _options.MaxFileBytes)
            {
                warnings.Add(new GenerationWarning(relative, 0, $"skipped: {info.Length} bytes is over the {_options.MaxFileBytes}-byte limit"));
                return null;
            }

            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                warnings.Add(new GenerationWarning(relative, 0, "skipped: binary content (NUL bytes) in a text lock file"));
                return null;
            }

            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new GenerationWarning(relative, 0, $"skipped: {e.Message}"));
            return null;
        }
    }

    private string? ReadSibling(string folder, string name, string realRoot)
    {
        var path = Path.Combine(folder, name);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > _options.MaxFileBytes || (info.LinkTarget is not null && !LockFileFinder.TargetInside(info, realRoot)))
            {
                return null;
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>One purl as every file that names it describes it.</summary>
    private sealed class Merged(LockedPackage first, DependencyScope scope, DependencyRelation relation)
    {
        private readonly HashSet<PackageHash> _hashes = [];
        private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
        private readonly HashSet<string> _dependsOn = new(StringComparer.Ordinal);
        private readonly HashSet<PackageProperty> _properties = [];
        private DependencyScope _scope = scope;
        private DependencyRelation _relation = relation;

        public void Absorb(LockedPackage package, DependencyScope scope, DependencyRelation relation, string source)
        {
            _scope = scope < _scope ? scope : _scope;
            _relation = Stronger(_relation, relation);
            _hashes.UnionWith(package.Hashes);
            _sources.Add(source);
            _dependsOn.UnionWith(package.DependsOn);
            _properties.UnionWith(package.Properties);
        }

        public DiscoveredPackage ToPackage() => new(
            first.Ecosystem, PurlText.Normalise(first.Ecosystem, first.Namespace, first.Name).Namespace, first.Name, first.Version, first.Purl,
            _scope, _relation, _hashes, _sources, _dependsOn, _properties);

        private static DependencyRelation Stronger(DependencyRelation a, DependencyRelation b) =>
            a == DependencyRelation.Direct || b == DependencyRelation.Direct ? DependencyRelation.Direct
            : a == DependencyRelation.Transitive || b == DependencyRelation.Transitive ? DependencyRelation.Transitive
            : DependencyRelation.Unknown;
    }
}
