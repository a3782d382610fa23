using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci.GitLab;

/// <summary>
/// Checks a GitLab CI file: image pinning, variables (literal secrets, debug tracing), includes, and script lines
/// (untrusted predefined variables handed to an interpreter, secrets printed); returns its local includes.
/// </summary>
internal static partial class GitLabCiAnalyzer
{
    // Top-level keys that configure the pipeline rather than name a job.
    private static readonly HashSet<string> GlobalKeywords = new(StringComparer.Ordinal)
    {
        "default", "include", "stages", "variables", "workflow", "image", "services", "cache", "before_script", "after_script", "spec",
    };

    private static readonly string[] ScriptKeys = ["before_script", "script", "after_script"];

    /// <summary>
    /// Checks the file and returns the paths of the local files it includes (as written, possibly with wildcards);
    /// includes from other projects, URLs, templates and components are added to <paramref name="external"/> (never fetched).
    /// </summary>
    public static IReadOnlyList<string> Analyze(CiYamlDocument document, List<CheckFinding> findings, List<string> external)
    {
        if (document.Root is not YamlMapping root)
        {
            return [];
        }

        CheckImages(document, root, findings);
        CheckScripts(document, "(global)", root, findings);
        if (root.Mapping("default") is { } defaults)
        {
            CheckImages(document, defaults, findings);
            CheckScripts(document, "default", defaults, findings);
        }

        CheckVariables(document, root.Get("variables"), findings);
        foreach (var (key, value) in root.Entries)
        {
            if (!GlobalKeywords.Contains(key.Value) && value is YamlMapping job)
            {
                CheckImages(document, job, findings);
                CheckVariables(document, job.Get("variables"), findings);
                CheckScripts(document, key.Value, job, findings);
            }
        }

        return Includes(document, root.Get("include"), findings, external);
    }

    private static void CheckScripts(CiYamlDocument document, string job, YamlMapping section, List<CheckFinding> findings)
    {
        foreach (var key in ScriptKeys)
        {
            foreach (var script in ScriptScalars(section.Get(key)))
            {
                foreach (var (index, line) in ShellLines.Lines(script.Value))
                {
                    CheckLine(document, job, script, index, line, findings);
                }
            }
        }
    }

    // A script is a string or a list of strings (nested lists come from !reference and are flattened by GitLab).
    private static IEnumerable<YamlScalar> ScriptScalars(YamlNode? node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                yield return scalar;
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar s)
                    {
                        yield return s;
                    }
                    else if (item is YamlSequence inner)
                    {
                        foreach (var nested in inner.Items.OfType<YamlScalar>())
                        {
                            yield return nested;
                        }
                    }
                }

                break;
        }
    }

    private static void CheckLine(CiYamlDocument document, string job, YamlScalar script, int index, string line, List<CheckFinding> findings)
    {
        var where = document.LineOf(script, line.Trim());
        var variables = VariableReference().Matches(line).Select(m => m.Groups["name"].Value).ToList();
        var context = $"{job}|{line.Trim()}";

        // The shell expands $VARIABLE after parsing, so quoting is enough; text handed to eval or sh -c is parsed again.
        var untrusted = variables.Where(UntrustedVariables.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (untrusted.Count > 0 && ShellLines.Evaluates(line))
        {
            findings.Add(CiFindings.At(
                CiChecks.ScriptInjection, document.Path, where,
                $"job '{job}' passes {string.Join(", ", untrusted.Select(v => "$" + v))} to an interpreter (eval, sh -c …); whoever writes that commit message, branch or merge request title can run commands",
                string.Join(",", untrusted), rule: "gitlab-eval", context: context));
        }

        var secrets = variables.Where(IsSecret).Distinct(StringComparer.Ordinal).ToList();
        if (secrets.Count > 0 && ShellLines.PrintsToLog(line))
        {
            findings.Add(CiFindings.At(
                CiChecks.SecretPrinted, document.Path, where,
                $"job '{job}' prints {string.Join(", ", secrets.Select(v => "$" + v))} to the job log; masking hides only the exact value",
                string.Join(",", secrets), rule: "gitlab-echo-secret", context: context));
        }
        else if (ShellLines.DumpsEnvironment(line))
        {
            findings.Add(CiFindings.At(
                CiChecks.SecretPrinted, document.Path, where,
                $"job '{job}' prints every CI/CD variable ('{line.Trim()}'); variables that are not masked, and encoded forms of masked ones, appear in the log",
                line.Trim(), rule: "gitlab-env-dump", context: context));
        }
    }

    private static bool IsSecret(string name) => SecretPredefined.Contains(name) || SecretVariables.IsSecretName(name);

    // Predefined variables whose value someone without write access to the protected branches can choose
    // (GitLab documentation, "Predefined CI/CD variables"): commit text and authorship, branch and tag names, merge request text.
    private static readonly HashSet<string> UntrustedVariables = new(StringComparer.Ordinal)
    {
        "CI_COMMIT_MESSAGE", "CI_COMMIT_TITLE", "CI_COMMIT_DESCRIPTION", "CI_COMMIT_TAG_MESSAGE", "CI_COMMIT_AUTHOR",
        "CI_COMMIT_BRANCH", "CI_COMMIT_REF_NAME", "CI_COMMIT_TAG",
        "CI_MERGE_REQUEST_TITLE", "CI_MERGE_REQUEST_DESCRIPTION", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_MERGE_REQUEST_LABELS",
        "CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME", "GITLAB_USER_NAME",
    };

    // Predefined variables that are credentials although their names do not all say so.
    private static readonly HashSet<string> SecretPredefined = new(StringComparer.Ordinal)
    {
        "CI_JOB_TOKEN", "CI_JOB_JWT", "CI_JOB_JWT_V1", "CI_JOB_JWT_V2", "CI_REGISTRY_PASSWORD", "CI_DEPENDENCY_PROXY_PASSWORD",
        "CI_DEPLOY_PASSWORD",
    };

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

    private static List<string> Includes(CiYamlDocument document, YamlNode? include, List<CheckFinding> findings, List<string> external)
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
                    external.Add($"{document.Path}: remote {scalar.Value.Trim()}");
                    Remote(document, scalar, findings);
                    break;
                case YamlScalar scalar:
                    local.Add(scalar.Value.Trim());
                    break;
                case YamlMapping map when map.Scalar("local") is { } path:
                    local.Add(path.Value.Trim());
                    break;
                case YamlMapping map when map.Scalar("remote") is { } remote:
                    external.Add($"{document.Path}: remote {remote.Value.Trim()}");
                    Remote(document, remote, findings);
                    break;
                case YamlMapping map when map.Scalar("template") is { } template:
                    external.Add($"{document.Path}: template {template.Value.Trim()}");
                    break;
                case YamlMapping map when map.Scalar("project") is { } project:
                    var reference = map.Scalar("ref");
                    external.Add($"{document.Path}: project {project.Value.Trim()}{(reference is null ? "" : "@" + reference.Value.Trim())}");
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
                case YamlMapping map when map.Scalar("component") is { } component:
                    external.Add($"{document.Path}: component {component.Value.Trim()}");
                    if (!component.Value.Trim().EndsWith("@~latest", StringComparison.Ordinal) && component.Value.Contains('@', StringComparison.Ordinal))
                    {
                        break;
                    }

                    findings.Add(CiFindings.At(
                        CiChecks.UnpinnedInclude, document, component,
                        $"component '{component.Value}' follows its latest release or default branch; pin a version or commit SHA",
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

    // $env:NAME (PowerShell runners), $NAME, ${NAME} and %NAME% (cmd).
    [GeneratedRegex(@"\$env:(?<name>[A-Za-z_][A-Za-z0-9_]*)|\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)|%(?<name>[A-Za-z_][A-Za-z0-9_]*)%", RegexOptions.CultureInvariant)]
    private static partial Regex VariableReference();

    [GeneratedRegex("^https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex("^[0-9a-fA-F]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullSha();
}
