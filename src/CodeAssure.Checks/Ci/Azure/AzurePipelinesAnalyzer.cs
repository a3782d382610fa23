using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci.Azure;

/// <summary>Checks an Azure Pipelines definition or template: persisted checkout credentials, task versions, variables and container images.</summary>
internal static partial class AzurePipelinesAnalyzer
{
    private static readonly string[] PipelineKeys = ["trigger", "pr", "stages", "jobs", "steps", "pool", "resources", "extends", "variables", "schedules", "parameters"];

    /// <summary>True when a YAML file under a pipelines folder has the shape of a pipeline or template.</summary>
    public static bool LooksLikePipeline(CiYamlDocument document) =>
        document.Root is YamlMapping root && PipelineKeys.Any(root.Has);

    public static void Analyze(CiYamlDocument document, List<CheckFinding> findings)
    {
        foreach (var mapping in YamlWalk.Mappings(document.Root))
        {
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

    [GeneratedRegex(@"@\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex MajorVersion();
}
