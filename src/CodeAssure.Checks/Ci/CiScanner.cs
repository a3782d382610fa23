using System.Text;
using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Azure;
using CodeAssure.Checks.Ci.GitHub;
using CodeAssure.Checks.Ci.GitLab;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci;

/// <summary>
/// Finds the CI definitions of a folder (GitHub Actions workflows and actions, GitLab CI with its local includes,
/// Azure Pipelines with its local templates), reads each within the limits of <see cref="CiScanOptions"/> and checks
/// it. A file that cannot be read safely (malformed, not UTF-8, too large, an alias bomb) is reported and skipped.
/// </summary>
public sealed class CiScanner(CiScanOptions? options = null)
{
    // Bounds the work a hostile definition can cause: files followed, and includes matched per file.
    private const int MaxIncludedFiles = 1_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CiScanOptions _options = options ?? CiScanOptions.Default;

    /// <summary>Scans a folder, leaving out paths matching <paramref name="exclude"/> (gitignore syntax).</summary>
    public CiScanResult Scan(string root, IReadOnlyList<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var excluded = PathPatterns.Parse(exclude);
        var files = RepositoryFiles.List(root, _options.MaxFiles).Where(f => !excluded.Matches(f)).ToList();
        var findings = new List<CheckFinding>();
        var definitions = new List<CiDefinition>();
        var external = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in files.Where(IsWorkflow))
        {
            Analyze(root, path, CiPlatform.GitHubWorkflow, d =>
            {
                GitHubWorkflowAnalyzer.AnalyzeWorkflow(d, findings);
                return true;
            });
        }

        foreach (var path in files.Where(f => FileName(f) is "action.yml" or "action.yaml"))
        {
            Analyze(root, path, CiPlatform.GitHubAction, d =>
            {
                GitHubWorkflowAnalyzer.AnalyzeAction(d, findings);
                return true;
            });
        }

        // GitLab: the root file, then the local files it includes (transitively), matched against the repository's files.
        var gitlab = new Queue<string>(files.Where(f => f is ".gitlab-ci.yml" or ".gitlab-ci.yaml"));
        while (gitlab.TryDequeue(out var path) && done.Count < MaxIncludedFiles)
        {
            Analyze(root, path, CiPlatform.GitLabCi, d =>
            {
                foreach (var include in GitLabCiAnalyzer.Analyze(d, findings, external).Take(MaxIncludedFiles))
                {
                    foreach (var match in MatchLocal(files, include.TrimStart('/'), external, d.Path))
                    {
                        gitlab.Enqueue(match);
                    }
                }

                return true;
            });
        }

        // Azure: azure-pipelines*.yml anywhere, YAML under the usual pipeline folders when shaped like a pipeline, and local templates.
        var azure = new Queue<(string Path, bool Referenced)>(files.Where(IsAzureCandidate).Select(f => (f, FileName(f).StartsWith("azure-pipelines", StringComparison.OrdinalIgnoreCase))));
        while (azure.TryDequeue(out var next) && done.Count < MaxIncludedFiles)
        {
            Analyze(root, next.Path, CiPlatform.AzurePipelines, d =>
            {
                if (!next.Referenced && !AzurePipelinesAnalyzer.LooksLikePipeline(d))
                {
                    return false;
                }

                var templates = new List<string>();
                AzurePipelinesAnalyzer.Analyze(d, findings, templates, external);
                foreach (var template in templates.Distinct(StringComparer.Ordinal).Take(MaxIncludedFiles))
                {
                    var folder = d.Path.Contains('/', StringComparison.Ordinal) ? d.Path[..d.Path.LastIndexOf('/')] : "";
                    var relative = template.StartsWith('/') ? template.TrimStart('/') : Join(folder, template);
                    foreach (var match in MatchLocal(files, relative, external, d.Path))
                    {
                        azure.Enqueue((match, true));
                    }
                }

                return true;
            });
        }

        // A job that merges an anchored block reports the block's problems again at the same place.
        // Stable order (file, then line, then the order found) so the same repository gives the same bundle.
        var unique = findings.DistinctBy(f => (f.Fingerprint, f.Location?.Path, f.Location?.Line))
            .OrderBy(f => f.Location?.Path, StringComparer.Ordinal).ThenBy(f => f.Location?.Line).ToList();
        definitions.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new CiScanResult(definitions, [.. files.Where(BuildFiles.IsBuildFile)], unique) { ExternalIncludes = external };

        // Reads and checks one file once; the analyzer returns false when the file turns out not to be a definition.
        void Analyze(string folder, string path, CiPlatform platform, Func<CiYamlDocument, bool> analyze)
        {
            if (!done.Add(path))
            {
                return;
            }

            CiYamlDocument document;
            try
            {
                document = Read(folder, path);
            }
            catch (CiYamlException e)
            {
                definitions.Add(new CiDefinition(path, platform, Read: false));
                findings.Add(CiFindings.At(CiChecks.DefinitionUnreadable, path, e.Line, $"skipped: {e.Message}", rule: platform.ToString(), context: e.Message));
                return;
            }

            if (analyze(document))
            {
                definitions.Add(new CiDefinition(path, platform, Read: true));
            }
        }
    }

    private CiYamlDocument Read(string root, string relativePath)
    {
        var full = RepositoryFiles.Resolve(root, relativePath) ?? throw new CiYamlException(1, "the path leaves the scanned folder");
        string text;
        try
        {
            var info = new FileInfo(full);
            if (info.Length > _options.MaxFileBytes)
            {
                throw new CiYamlException(1, $"the file is {info.Length} bytes, over the limit of {_options.MaxFileBytes}");
            }

            text = File.ReadAllText(full, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new CiYamlException(1, "the file is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CiYamlException(1, $"the file could not be read ({e.GetType().Name})");
        }

        return CiYamlReader.Read(text.TrimStart('\uFEFF'), relativePath, _options);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    // GitHub runs only the files directly in .github/workflows.
    private static bool IsWorkflow(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) && path.IndexOf('/', ".github/workflows/".Length) < 0 && IsYaml(path);

    private static bool IsAzureCandidate(string path) =>
        IsYaml(path) && (FileName(path).StartsWith("azure-pipelines", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(".azure-pipelines/", StringComparison.Ordinal) || path.StartsWith(".pipelines/", StringComparison.Ordinal));

    private static string Join(string folder, string relative)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return "../"; // outside the scanned folder: matches nothing
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    // A local include may use '*' (one folder level) and '**' (any depth); a missing file is noted, not fetched.
    private static List<string> MatchLocal(IReadOnlyList<string> files, string pattern, List<string> notes, string from)
    {
        if (pattern.Length == 0 || pattern.StartsWith("../", StringComparison.Ordinal) || pattern.Contains('$', StringComparison.Ordinal))
        {
            notes.Add($"{from}: local {pattern} (not resolved)");
            return [];
        }

        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            if (files.Contains(pattern, StringComparer.Ordinal))
            {
                return [pattern];
            }

            notes.Add($"{from}: local {pattern} (not found)");
            return [];
        }

        var regex = new Regex(
            "^" + Regex.Escape(pattern).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        return files.Where(f => regex.IsMatch(f) && IsYaml(f)).ToList();
    }
}
