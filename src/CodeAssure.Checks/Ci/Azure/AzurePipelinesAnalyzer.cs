using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci.Azure;

/// <summary>
/// Checks an Azure Pipelines definition or template: persisted checkout credentials, task versions, variables,
/// container images, template repositories, and scripts (untrusted macros expanded into the script text, secrets printed).
/// </summary>
internal static partial class AzurePipelinesAnalyzer
{
    private static readonly string[] PipelineKeys = ["trigger", "pr", "stages", "jobs", "steps", "pool", "resources", "extends", "variables", "schedules", "parameters"];

    /// <summary>True when a YAML file under a pipelines folder has the shape of a pipeline or template.</summary>
    public static bool LooksLikePipeline(CiYamlDocument document) =>
        document.Root is YamlMapping root && PipelineKeys.Any(root.Has);

    private static readonly string[] ScriptStepKeys = ["script", "bash", "powershell", "pwsh"];

    private static readonly string[] ScriptInputs = ["script", "inlineScript", "Script", "InlineScript"];

    /// <summary>
    /// Checks the file. Local templates it refers to (relative to the file, or to the repository root with a leading '/')
    /// are added to <paramref name="templates"/>; templates in other repositories to <paramref name="external"/>.
    /// </summary>
    public static void Analyze(CiYamlDocument document, List<CheckFinding> findings, List<string> templates, List<string> external)
    {
        var seenScripts = new HashSet<YamlScalar>(ReferenceEqualityComparer.Instance);
        foreach (var mapping in YamlWalk.Mappings(document.Root))
        {
            if (mapping.Scalar("template") is { } template && !template.Value.Contains("${{", StringComparison.Ordinal))
            {
                var value = template.Value.Trim();
                var at = value.IndexOf('@', StringComparison.Ordinal);
                if (at >= 0 && value[(at + 1)..] != "self")
                {
                    external.Add($"{document.Path}: template {value}");
                }
                else if (value.Length > 0)
                {
                    templates.Add(at >= 0 ? value[..at] : value);
                }
            }

            CheckRepositories(document, mapping, findings, external);
            CheckScripts(document, mapping, findings, seenScripts);
            if (mapping.Has("checkout") && mapping.Scalar("persistCredentials") is { IsTrue: true } persist)
            {
                findings.Add(CiFindings.At(
                    CiChecks.PersistedCredentials, document, persist,
                    $"checkout of '{mapping.Scalar("checkout")?.Value}' keeps the access token in .git/config for every later step",
                    mapping.Scalar("checkout")?.Value, context: $"{persist.Line}"));
            }

            if (mapping.Scalar("task") is { } task && !task.Value.Contains("${{", StringComparison.Ordinal) && !MajorVersion().IsMatch(task.Value.Trim()))
            {
                findings.Add(CiFindings.At(
                    CiChecks.TaskNotPinned, document, task,
                    $"task '{task.Value}' has no major version (write {task.Value.Trim()}@<major>)", task.Value.Trim(), context: $"{task.Value}|{task.Line}"));
            }

            if (mapping.Has("container") && mapping.Get("image") is YamlScalar image)
            {
                ContainerImages.Check(document, image, findings);
            }
            else if (mapping.Get("container") is YamlMapping container)
            {
                ContainerImages.Check(document, container.Get("image"), findings);
            }

            CheckVariables(document, mapping.Get("variables"), findings);
        }
    }

    private static void CheckRepositories(CiYamlDocument document, YamlMapping mapping, List<CheckFinding> findings, List<string> external)
    {
        if (mapping.Get("repositories") is not YamlSequence repositories || mapping.Scalar("repository") is not null)
        {
            return;
        }

        foreach (var repository in repositories.Items.OfType<YamlMapping>())
        {
            if (repository.Scalar("name") is not { } name)
            {
                continue;
            }

            var reference = repository.Scalar("ref")?.Value.Trim();
            external.Add($"{document.Path}: repository {name.Value.Trim()}{(reference is null ? "" : "@" + reference)}");
            if (reference is null || reference.StartsWith("refs/heads/", StringComparison.Ordinal))
            {
                findings.Add(CiFindings.At(
                    CiChecks.UnpinnedInclude, document, (YamlNode?)repository.Scalar("ref") ?? name,
                    reference is null
                        ? $"repository resource '{name.Value.Trim()}' has no 'ref': templates from it follow its default branch"
                        : $"repository resource '{name.Value.Trim()}' follows branch '{reference}'; use a protected tag or commit so a template change is reviewed here",
                    name.Value.Trim(), rule: "azure-repository", level: FindingLevel.Low, context: name.Value.Trim()));
            }
        }
    }

    // A task's inputs are visited again as a mapping of their own; seen keeps each script checked once.
    private static void CheckScripts(CiYamlDocument document, YamlMapping step, List<CheckFinding> findings, HashSet<YamlScalar> seen)
    {
        var scripts = ScriptStepKeys.Select(step.Scalar).OfType<YamlScalar>().ToList();
        if (step.Scalar("task") is not null && step.Mapping("inputs") is { } inputs)
        {
            scripts.AddRange(ScriptInputs.Select(inputs.Scalar).OfType<YamlScalar>());
        }

        var name = step.Scalar("displayName")?.Value ?? step.Scalar("name")?.Value ?? step.Scalar("task")?.Value ?? "script";
        foreach (var script in scripts.Where(seen.Add))
        {
            foreach (var (_, line) in ShellLines.Lines(script.Value))
            {
                var where = document.LineOf(script, line.Trim());
                var context = $"{name}|{line.Trim()}";
                var macros = Macro().Matches(line).Select(m => m.Groups["name"].Value).ToList();

                // Macros ($(var)) and template expressions are replaced in the script text before the shell parses it.
                var untrusted = macros.Where(UntrustedVariables.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (untrusted.Count > 0)
                {
                    findings.Add(CiFindings.At(
                        CiChecks.ScriptInjection, document.Path, where,
                        $"step '{name}' expands {string.Join(", ", untrusted)} into its script text; whoever names the branch or writes the commit message can run commands. Map it into 'env:' and use the variable quoted",
                        string.Join(",", untrusted), rule: "azure-macro", context: context));
                }

                var secrets = macros.Where(m => m.Equals("System.AccessToken", StringComparison.OrdinalIgnoreCase) || SecretVariables.IsSecretName(m)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (secrets.Count > 0 && ShellLines.PrintsToLog(line))
                {
                    findings.Add(CiFindings.At(
                        CiChecks.SecretPrinted, document.Path, where,
                        $"step '{name}' prints {string.Join(", ", secrets.Select(s => $"$({s})"))} to the log; masking hides only the exact value",
                        string.Join(",", secrets), rule: "azure-echo-secret", context: context));
                }
            }
        }
    }

    // Predefined variables an outsider (a contributor's branch or commit, a requester's profile) can set.
    private static readonly HashSet<string> UntrustedVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "Build.SourceBranch", "Build.SourceBranchName", "Build.SourceVersionMessage", "Build.RequestedFor", "Build.RequestedForEmail",
        "Build.QueuedBy", "System.PullRequest.SourceBranch", "System.PullRequest.SourceBranchName", "System.PullRequest.SourceRepositoryURI",
        "Build.SourceVersionAuthor",
    };

    private static void CheckVariables(CiYamlDocument document, YamlNode? variables, List<CheckFinding> findings)
    {
        IEnumerable<(YamlScalar Name, YamlScalar Value)> pairs = variables switch
        {
            YamlMapping map => map.Entries.Where(e => e.Value is YamlScalar).Select(e => (e.Key, (YamlScalar)e.Value)),
            YamlSequence list => list.Items.OfType<YamlMapping>()
                .Where(m => m.Scalar("name") is not null && m.Scalar("value") is not null)
                .Select(m => (m.Scalar("name")!, m.Scalar("value")!)),
            _ => [],
        };

        foreach (var (name, value) in pairs)
        {
            if (name.Value.Equals("system.debug", StringComparison.OrdinalIgnoreCase) && value.IsTrue)
            {
                findings.Add(CiFindings.At(
                    CiChecks.DebugTracing, document, name,
                    "system.debug is true: every run writes diagnostic logs that can expose variables", name.Value, rule: "azure-system-debug"));
            }
            else if (SecretVariables.IsSecretName(name.Value) && SecretVariables.IsLiteralValue(value.Value))
            {
                findings.Add(CiFindings.At(
                    CiChecks.LiteralSecret, document, name,
                    $"variable '{name.Value}' holds a literal value in the pipeline file; use a secret variable or Key Vault",
                    CiFindings.Redact(value.Value.Trim()), rule: "azure-variables", context: name.Value));
            }
        }
    }

    // $(name), ${{ variables.name }} and ${{ variables['name'] }}.
    [GeneratedRegex(@"\$\((?<name>[A-Za-z_][\w.]*)\)|\$\{\{\s*variables(\.(?<name>[A-Za-z_][\w.]*)|\[\s*'(?<name>[^']+)'\s*\])\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Macro();

    [GeneratedRegex(@"@\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex MajorVersion();
}
