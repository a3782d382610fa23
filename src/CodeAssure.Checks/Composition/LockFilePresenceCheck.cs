using System.Globalization;
using System.Text.RegularExpressions;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Composition;

/// <summary>
/// CA-DEPS-001: every dependency manifest has a lock file (principle 1.2, claims 1.2.1 and 1.2.2). Without one, each
/// build resolves its dependencies afresh: what ships is not what was tested, and the SBOM cannot list it.
/// </summary>
public sealed partial class LockFilePresenceCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-DEPS-001",
        "A lock file for every manifest",
        [PrincipleId.Parse("1.2")],
        [ClaimId.Parse("1.2.1"), ClaimId.Parse("1.2.2")],
        "Manifests that declare dependencies (package.json, *.csproj with PackageReference, Pipfile, pyproject.toml, Cargo.toml, go.mod, Gemfile, composer.json) without their lock file beside them (or, for workspaces, in an enclosing folder); NuGet projects are Low unless RestorePackagesWithLockFile asks for the lock.",
        "Commit a lock file for every manifest: packages.lock.json (RestorePackagesWithLockFile), package-lock.json, poetry.lock/uv.lock, Cargo.lock, go.sum, Gemfile.lock, composer.lock.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new RepositoryTextFiles(context);
        var present = new HashSet<string>(files.Paths, StringComparer.Ordinal);
        var findings = new List<CheckFinding>();
        var manifests = 0;
        foreach (var path in files.Paths)
        {
            var name = RepositoryTextFiles.NameOf(path);
            if (ManifestKinds.All.FirstOrDefault(k => k.Matches(name)) is not { } kind)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var text = files.ReadText(path);
            if (text is null || !Declares(kind, text))
            {
                continue;
            }

            manifests++;
            var folder = RepositoryTextFiles.FolderOf(path);
            if (LockFor(kind, folder, present) is not null)
            {
                continue;
            }

            var test = TestPaths.IsTest(path);

            // NuGet lock files are opt-in and exact versions resolve the same way without one; a missing lock is
            // Medium only where RestorePackagesWithLockFile asks for one (the lock was not committed).
            var optional = kind.Ecosystem == "NuGet" && !LockFileRequested(text, folder, files);

            // A pyproject.toml is often a library published with ranges on purpose; applications should lock.
            optional |= kind.Ecosystem == "Python";
            findings.Add(new CheckFinding
            {
                CheckId = Descriptor.Id,
                RuleId = "missing-lock-file",
                Level = test || optional ? FindingLevel.Low : FindingLevel.Medium,
                Message = $"{kind.Ecosystem} manifest without a lock file ({string.Join(", ", kind.LockFiles)}){(test ? " (test code)" : "")}{(kind.Ecosystem == "NuGet" && !optional ? " although RestorePackagesWithLockFile is set" : "")}: {kind.HowToLock}",
                Location = new SourceLocation(path),
                Fingerprint = $"missing-lock-file|{path}",
            });
        }

        if (manifests == 0)
        {
            return Task.FromResult(CheckOutcome.NotApplicable("no dependency manifests that declare dependencies"));
        }

        var facts = new Dictionary<string, string>
        {
            ["manifests"] = manifests.ToString(CultureInfo.InvariantCulture),
            ["manifestsWithoutLock"] = findings.Count.ToString(CultureInfo.InvariantCulture),
        };
        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }

    /// <summary>The lock file that pins a manifest of this kind in this folder, or null.</summary>
    internal static string? LockFor(ManifestKind kind, string folder, IReadOnlySet<string> present)
    {
        for (var current = folder; ; current = RepositoryTextFiles.FolderOf(current))
        {
            foreach (var lockFile in kind.LockFiles)
            {
                var candidate = current.Length == 0 ? lockFile : $"{current}/{lockFile}";
                if (present.Contains(candidate))
                {
                    return candidate;
                }
            }

            if (!kind.LockInAncestors || current.Length == 0)
            {
                return null;
            }
        }
    }

    // RestorePackagesWithLockFile in the project or in a Directory.Build.props of its folder or an enclosing one.
    private static bool LockFileRequested(string project, string folder, RepositoryTextFiles files)
    {
        if (RestoreWithLock().IsMatch(project))
        {
            return true;
        }

        for (var current = folder; ; current = RepositoryTextFiles.FolderOf(current))
        {
            var props = current.Length == 0 ? "Directory.Build.props" : $"{current}/Directory.Build.props";
            if (files.ReadText(props) is { } text && RestoreWithLock().IsMatch(text))
            {
                return true;
            }

            if (current.Length == 0)
            {
                return false;
            }
        }
    }

    [GeneratedRegex(@"<RestorePackagesWithLockFile>\s*true\s*<", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RestoreWithLock();

    private static bool Declares(ManifestKind kind, string text)
    {
        try
        {
            return kind.DeclaresDependencies(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
