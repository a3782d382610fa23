using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci.GitLab;

/// <summary>Checks a GitLab CI file: image pinning, variables (literal secrets, debug tracing) and includes; returns its local includes.</summary>
internal static partial class GitLabCiAnalyzer
{
    // Top-level keys that configure the pipeline rather than name a job.
    private static readonly HashSet<string> GlobalKeywords = new(StringComparer.Ordinal)
    {
        "default", "include", "stages", "variables", "workflow", "image", "services", "cache", "before_script", "after_script", "spec",
    };

    /// <summary>Checks the file and returns the paths of the local files it includes (as written, possibly with wildcards).</summary>
    public static IReadOnlyList<string> Analyze(CiYamlDocument document, List<CheckFinding> findings)
    {
        if (document.Root is not YamlMapping root)
        {
            return [];
        }

        CheckImages(document, root, findings);
        if (root.Mapping("default") is { } defaults)
        {
            CheckImages(document, defaults, findings);
        }

        CheckVariables(document, root.Get("variables"), findings);
        foreach (var (key, value) in root.Entries)
        {
            if (!GlobalKeywords.Contains(key.Value) && value is YamlMapping job)
            {
                CheckImages(document, job, findings);
                CheckVariables(document, job.Get("variables"), findings);
            }
        }

        return Includes(document, root.Get("include"), findings);
    }

    private static void CheckImages(CiYamlDocument document, YamlMapping section, List<CheckFinding> findings)
    {
        ContainerImages.Check(document, Image(section.Get("image")), findings);
        if (section.Get("services") is YamlSequence services)
        {
            foreach (var service in services.Items)
            {
                ContainerImages.Check(document, Image(service), findings);
            }
        }
    }

    private static YamlNode? Image(YamlNode? node) => node is YamlMapping m ? m.Get("name") : node;

    private static void CheckVariables(CiYamlDocument document, YamlNode? variables, List<CheckFinding> findings)
    {
        if (variables is not YamlMapping map)
        {
            return;
        }

        foreach (var (key, node) in map.Entries)
        {
            var value = node is YamlMapping detailed ? detailed.Scalar("value") : node as YamlScalar;
            if (value is null)
            {
                continue;
            }

            if (key.Value is "CI_DEBUG_TRACE" or "CI_DEBUG_SERVICES" && value.IsTrue)
            {
                findings.Add(CiFindings.At(
                    CiChecks.DebugTracing, document, key,
                    $"{key.Value} is \"true\": the job log shows every command with every variable expanded, secrets included",
                    key.Value, rule: "gitlab-debug-trace"));
            }
            else if (SecretVariables.IsSecretName(key.Value) && SecretVariables.IsLiteralValue(value.Value))
            {
                findings.Add(CiFindings.At(
                    CiChecks.LiteralSecret, document, key,
                    $"variable '{key.Value}' holds a literal value in the CI file; use a masked, protected CI/CD variable",
                    CiFindings.Redact(value.Value.Trim()), rule: "gitlab-variables", context: key.Value));
            }
        }
    }

    private static List<string> Includes(CiYamlDocument document, YamlNode? include, List<CheckFinding> findings)
    {
        var local = new List<string>();
        IEnumerable<YamlNode> entries = include switch
        {
            YamlSequence list => list.Items,
            null => [],
            _ => [include],
        };

        foreach (var entry in entries)
        {
            switch (entry)
            {
                case YamlScalar scalar when Url().IsMatch(scalar.Value):
                    Remote(document, scalar, findings);
                    break;
                case YamlScalar scalar:
                    local.Add(scalar.Value.Trim());
                    break;
                case YamlMapping map when map.Scalar("local") is { } path:
                    local.Add(path.Value.Trim());
                    break;
                case YamlMapping map when map.Scalar("remote") is { } remote:
                    Remote(document, remote, findings);
                    break;
                case YamlMapping map when map.Scalar("project") is { } project:
                    var reference = map.Scalar("ref");
                    if (reference is null || !FullSha().IsMatch(reference.Value.Trim()))
                    {
                        findings.Add(CiFindings.At(
                            CiChecks.UnpinnedInclude, document, (YamlNode?)reference ?? project,
                            reference is null
                                ? $"include of project '{project.Value}' has no 'ref': it follows that project's default branch"
                                : $"include of project '{project.Value}' uses ref '{reference.Value}', which can move; pin a commit SHA",
                            project.Value, rule: "gitlab-project", level: reference is null ? FindingLevel.Medium : FindingLevel.Low));
                    }

                    break;
                case YamlMapping map when map.Scalar("component") is { } component && component.Value.Trim().EndsWith("@~latest", StringComparison.Ordinal):
                    findings.Add(CiFindings.At(
                        CiChecks.UnpinnedInclude, document, component,
                        $"component '{component.Value}' follows its latest release; pin a version or commit SHA",
                        component.Value, rule: "gitlab-component", level: FindingLevel.Low));
                    break;
            }
        }

        return local;
    }

    private static void Remote(CiYamlDocument document, YamlScalar url, List<CheckFinding> findings) =>
        findings.Add(CiFindings.At(
            CiChecks.UnpinnedInclude, document, url,
            $"remote include '{url.Value}': whoever controls that URL controls this pipeline", url.Value, rule: "gitlab-remote"));

    [GeneratedRegex("^https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex("^[0-9a-fA-F]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullSha();
}
