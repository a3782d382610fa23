using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Catalog;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Composition;

/// <summary>
/// CA-DEPS-002: dependencies are pinned where no lock file pins them (principle 1.2, claim 1.2.2): floating npm
/// versions ('*', 'latest', dist-tags) without a lock file, floating or open NuGet versions, container base images
/// without a tag or on 'latest', and Go replace directives to local paths. Ranges in a manifest with a lock file are
/// fine: the lock file pins them (CA-DEPS-001); unpinned requirements.txt lines are reported by CA-SBOM-001.
/// </summary>
public sealed partial class DependencyPinningCheck : ICheck
{
    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        "CA-DEPS-002",
        "Dependencies pinned",
        [PrincipleId.Parse("1.2")],
        [ClaimId.Parse("1.2.2")],
        "Floating versions where no lock file applies: '*'/'latest'/dist-tags in package.json, NuGet '1.*' and open ranges, Dockerfile FROM and compose images without a tag or on 'latest', go.mod replace directives to local paths.",
        "Pin exact versions (or commit a lock file); pin container images to a version tag, better a digest (image:tag@sha256:…); replace local go.mod paths with versioned modules before release.");

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new RepositoryTextFiles(context);
        var present = new HashSet<string>(files.Paths, StringComparer.Ordinal);
        var anyNuGetLock = files.Paths.Any(p => RepositoryTextFiles.NameOf(p).Equals("packages.lock.json", StringComparison.OrdinalIgnoreCase));
        var findings = new List<CheckFinding>();
        var read = 0;
        foreach (var path in files.Paths)
        {
            var name = RepositoryTextFiles.NameOf(path);
            Action<string, string[], List<CheckFinding>>? rule =
                name == "package.json" ? (p, l, f) => Npm(p, l, present, f)
                : IsNuGet(name) ? (p, l, f) => NuGet(p, l, anyNuGetLock, present, f)
                : FilePatterns.IsDockerfile(path) ? Dockerfile
                : FilePatterns.IsCompose(path) ? Compose
                : name == "go.mod" ? GoMod
                : null;
            if (rule is null)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var lines = files.ReadLines(path);
            if (lines.Length == 0)
            {
                continue;
            }

            read++;
            try
            {
                rule(path, lines, findings);
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological text: nothing is said about this file.
            }
        }

        if (read == 0)
        {
            return Task.FromResult(CheckOutcome.NotApplicable("no package.json, .NET project, Dockerfile, compose file or go.mod"));
        }

        var facts = new Dictionary<string, string>
        {
            ["filesRead"] = read.ToString(CultureInfo.InvariantCulture),
            ["unpinned"] = findings.Count.ToString(CultureInfo.InvariantCulture),
        };
        return Task.FromResult(CheckOutcome.FromFindings(findings, facts));
    }

    private static bool IsNuGet(string name) =>
        name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".props", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".targets", StringComparison.OrdinalIgnoreCase);

    private void Npm(string path, string[] lines, HashSet<string> present, List<CheckFinding> findings)
    {
        var npm = ManifestKinds.All[0];
        if (LockFilePresenceCheck.LockFor(npm, RepositoryTextFiles.FolderOf(path), present) is not null)
        {
            return; // the lock file pins whatever the ranges allow
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.Join('\n', lines), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var section in new[] { "dependencies", "optionalDependencies" })
            {
                if (!document.RootElement.TryGetProperty(section, out var deps) || deps.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var dep in deps.EnumerateObject())
                {
                    if (dep.Value.ValueKind == JsonValueKind.String && IsFloatingNpm(dep.Value.GetString()!))
                    {
                        var line = Array.FindIndex(lines, l => l.Contains($"\"{dep.Name}\"", StringComparison.Ordinal)) + 1;
                        Add(findings, path, line == 0 ? null : line, "npm-floating-version", FindingLevel.Medium,
                            $"{dep.Name} is '{dep.Value.GetString()}' with no lock file: every install can take a different (possibly compromised) release", $"{dep.Name}@{dep.Value.GetString()}");
                    }
                }
            }
        }
    }

    /// <summary>'*', 'x', '', 'latest' and other dist-tags float to whatever is published next; ranges are bounded by a major version.</summary>
    internal static bool IsFloatingNpm(string spec)
    {
        var s = spec.Trim();
        return s.Length == 0 || s is "*" or "x" or "X" || (s.StartsWith(">=", StringComparison.Ordinal) && !s.Contains('<', StringComparison.Ordinal)) || DistTag().IsMatch(s);
    }

    private void NuGet(string path, string[] lines, bool anyLock, HashSet<string> present, List<CheckFinding> findings)
    {
        var folder = RepositoryTextFiles.FolderOf(path);
        var locked = path.EndsWith("proj", StringComparison.OrdinalIgnoreCase)
            ? present.Contains(folder.Length == 0 ? "packages.lock.json" : $"{folder}/packages.lock.json")
            : anyLock;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in PackageVersion().Matches(lines[i]))
            {
                var version = m.Groups["version"].Value.Trim();
                var floating = version.Contains('*', StringComparison.Ordinal);
                var open = version.Length > 0 && (version[0] is '[' or '(') && (version.EndsWith(",)", StringComparison.Ordinal) || version.EndsWith(",]", StringComparison.Ordinal));
                if (floating || open)
                {
                    Add(findings, path, i + 1, "nuget-floating-version", locked ? FindingLevel.Low : FindingLevel.Medium,
                        $"{m.Groups["name"].Value} uses the {(floating ? "floating" : "open-ended")} version '{version}'{(locked ? " (a lock file pins it until the next restore with --force-evaluate)" : " and no packages.lock.json pins it")}",
                        $"{m.Groups["name"].Value}@{version}");
                }
            }
        }
    }

    private void Dockerfile(string path, string[] lines, List<CheckFinding> findings)
    {
        var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Length; i++)
        {
            if (From().Match(lines[i]) is not { Success: true } m)
            {
                continue;
            }

            var image = m.Groups["image"].Value;
            var earlierStage = stages.Contains(image);
            if (m.Groups["stage"].Success)
            {
                stages.Add(m.Groups["stage"].Value);
            }

            if (earlierStage || image.Equals("scratch", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            CheckImage(path, i + 1, image, FindingLevel.Medium, "base image", findings);
        }
    }

    private void Compose(string path, string[] lines, List<CheckFinding> findings)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (ComposeImage().Match(lines[i]) is { Success: true } m && !HasBuildSibling(lines, i))
            {
                CheckImage(path, i + 1, m.Groups["image"].Value, FindingLevel.Low, "service image", findings);
            }
        }
    }

    // A service with both build: and image: builds the image locally and only names it: nothing is pulled.
    private static bool HasBuildSibling(string[] lines, int imageLine)
    {
        var indent = Indent(lines[imageLine]);
        foreach (var step in new[] { -1, 1 })
        {
            for (var j = imageLine + step; j >= 0 && j < lines.Length; j += step)
            {
                if (lines[j].Trim().Length == 0 || lines[j].TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var other = Indent(lines[j]);
                if (other < indent)
                {
                    break;
                }

                if (other == indent && lines[j].TrimStart().StartsWith("build:", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private void CheckImage(string path, int line, string image, FindingLevel level, string what, List<CheckFinding> findings)
    {
        if (image.Contains('$', StringComparison.Ordinal) || image.Contains('@', StringComparison.Ordinal))
        {
            return; // set by a build argument, or pinned to a digest
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        var tag = colon < 0 ? null : image[(colon + 1)..];
        if (tag is null || tag.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            Add(findings, path, line, "container-image-unpinned", level,
                $"{what} '{image}' {(tag is null ? "has no tag (it means 'latest')" : "is on 'latest'")}: each build can pull a different image", image);
        }
    }

    private void GoMod(string path, string[] lines, List<CheckFinding> findings)
    {
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("replace (", StringComparison.Ordinal) || line == "replace(")
            {
                inBlock = true;
                continue;
            }

            if (inBlock && line.StartsWith(')'))
            {
                inBlock = false;
                continue;
            }

            var body = line.StartsWith("replace ", StringComparison.Ordinal) ? line[8..] : inBlock ? line : null;
            var arrow = body?.IndexOf("=>", StringComparison.Ordinal) ?? -1;
            if (body is null || arrow < 0)
            {
                continue;
            }

            var target = body[(arrow + 2)..].Trim();
            if (target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal) || target.StartsWith('/') || target == "." || target == "..")
            {
                Add(findings, path, i + 1, "go-replace-local-path", TestPaths.IsTest(path) ? FindingLevel.Info : FindingLevel.Low,
                    $"replace directive to the local path '{target}': the build takes code from outside the module's versioned source, and 'go install module@version' ignores it", body.Trim());
            }
        }
    }

    private void Add(List<CheckFinding> findings, string path, int? line, string rule, FindingLevel level, string message, string value)
    {
        var test = TestPaths.IsTest(path);
        findings.Add(new CheckFinding
        {
            CheckId = Descriptor.Id,
            RuleId = rule,
            Level = test ? FindingLevel.Info : level,
            Message = test ? message + " (test code)" : message,
            Location = new SourceLocation(path, line),
            Value = value,
            Fingerprint = $"{rule}|{path}|{value}",
        });
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DistTag();

    [GeneratedRegex(@"<Package(?:Reference|Version)\b[^>]*?\b(?:Include|Update)\s*=\s*""(?<name>[^""]+)""[^>]*?\bVersion\s*=\s*""(?<version>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PackageVersion();

    [GeneratedRegex(@"^\s*FROM\s+(?:--\S+\s+)*(?<image>[^\s]+)(?:\s+AS\s+(?<stage>\S+))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex From();

    [GeneratedRegex(@"^\s*image\s*:\s*['""]?(?<image>[^\s'""#]+)['""]?\s*(?:#.*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ComposeImage();
}
