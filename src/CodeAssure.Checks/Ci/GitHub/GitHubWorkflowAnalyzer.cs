using System.Text.RegularExpressions;
using CodeAssure.Checks.Ci.Yaml;
using CodeAssure.Checks.Findings;

namespace CodeAssure.Checks.Ci.GitHub;

/// <summary>Checks a GitHub Actions workflow or action.yml: pinning, token permissions, privileged triggers, script injection and secret handling.</summary>
internal static partial class GitHubWorkflowAnalyzer
{
    private static readonly HashSet<string> FirstPartyOwners = new(StringComparer.OrdinalIgnoreCase) { "actions", "github" };

    /// <summary>Checks a workflow under .github/workflows.</summary>
    public static void AnalyzeWorkflow(CiYamlDocument document, List<CheckFinding> findings)
    {
        if (document.Root is not YamlMapping root)
        {
            return;
        }

        var triggers = Triggers(root.Get("on"));
        var privileged = triggers.Contains("pull_request_target") || triggers.Contains("workflow_run");
        var workflowEnv = root.Mapping("env");
        CheckEnv(document, workflowEnv, findings);
        CheckPermissions(document, root, findings);

        if (root.Mapping("jobs") is not { } jobs)
        {
            return;
        }

        foreach (var (jobKey, jobNode) in jobs.Entries)
        {
            if (jobNode is not YamlMapping job)
            {
                continue;
            }

            var jobId = jobKey.Value;
            if (job.Scalar("uses") is { } reusable)
            {
                CheckUses(document, reusable, findings, jobId);
            }

            if (job.Get("container") is { } container)
            {
                ContainerImages.Check(document, container is YamlMapping c ? c.Get("image") : container, findings);
            }

            if (job.Mapping("services") is { } services)
            {
                foreach (var (_, service) in services.Entries)
                {
                    ContainerImages.Check(document, service is YamlMapping s ? s.Get("image") : service, findings);
                }
            }

            var jobEnv = job.Mapping("env");
            CheckEnv(document, jobEnv, findings);
            if (job.Get("steps") is YamlSequence steps)
            {
                AnalyzeSteps(document, jobId, steps, [workflowEnv, jobEnv], privileged, findings);
            }
        }
    }

    /// <summary>Checks an action.yml (composite actions run steps of their own; docker actions name an image).</summary>
    public static void AnalyzeAction(CiYamlDocument document, List<CheckFinding> findings)
    {
        if (document.Root is not YamlMapping root || root.Mapping("runs") is not { } runs)
        {
            return;
        }

        if (runs.Scalar("image") is { } image && image.Value.StartsWith("docker://", StringComparison.OrdinalIgnoreCase))
        {
            CheckDockerUses(document, image);
        }

        if (runs.Get("steps") is YamlSequence steps)
        {
            AnalyzeSteps(document, "runs", steps, [], privileged: false, findings);
        }

        void CheckDockerUses(CiYamlDocument d, YamlScalar s) => CheckUses(d, s, findings, "runs");
    }

    private static HashSet<string> Triggers(YamlNode? on)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        switch (on)
        {
            case YamlScalar scalar:
                names.Add(scalar.Value.Trim());
                break;
            case YamlSequence list:
                names.UnionWith(list.Items.OfType<YamlScalar>().Select(s => s.Value.Trim()));
                break;
            case YamlMapping map:
                names.UnionWith(map.Entries.Select(e => e.Key.Value));
                break;
        }

        return names;
    }

    private static void CheckPermissions(CiYamlDocument document, YamlMapping root, List<CheckFinding> findings)
    {
        var jobs = root.Mapping("jobs");
        var permissions = root.Get("permissions");
        if (permissions is null)
        {
            var open = jobs?.Entries.Where(j => j.Value is not YamlMapping m || !m.Has("permissions")).Select(j => j.Key.Value).ToList() ?? [];
            if (open.Count > 0)
            {
                var where = (YamlNode?)root.KeyOf("jobs") ?? root;
                findings.Add(CiFindings.At(
                    CiChecks.PermissionsNotDeclared, document, where,
                    $"the workflow has no top-level 'permissions' and job(s) {string.Join(", ", open)} set none either: their GITHUB_TOKEN gets the repository default, possibly read/write",
                    string.Join(",", open)));
            }
        }
        else
        {
            CheckGrant(document, permissions, workflowLevel: true, "workflow", findings);
        }

        foreach (var (jobKey, jobNode) in jobs?.Entries ?? [])
        {
            if (jobNode is YamlMapping job && job.Get("permissions") is { } jobPermissions)
            {
                CheckGrant(document, jobPermissions, workflowLevel: false, jobKey.Value, findings);
            }
        }
    }

    private static void CheckGrant(CiYamlDocument document, YamlNode permissions, bool workflowLevel, string scope, List<CheckFinding> findings)
    {
        if (permissions is YamlScalar { Value: var value } scalar && value.Trim() == "write-all")
        {
            findings.Add(CiFindings.At(
                CiChecks.BroadPermissions, document, scalar,
                workflowLevel
                    ? "'permissions: write-all' gives every job of the workflow write access to everything the token can reach"
                    : $"job '{scope}' has 'permissions: write-all'; grant only the scopes it uses",
                "write-all", rule: "write-all", level: workflowLevel ? FindingLevel.High : FindingLevel.Medium, context: scope));
        }
        else if (workflowLevel && permissions is YamlMapping map)
        {
            var writes = map.Entries.Where(e => e.Value is YamlScalar s && s.Value.Trim() == "write").Select(e => e.Key.Value).ToList();
            if (writes.Count > 0)
            {
                findings.Add(CiFindings.At(
                    CiChecks.BroadPermissions, document, map,
                    $"the workflow grants write scope(s) {string.Join(", ", writes)} to every job; grant them on the jobs that need them",
                    string.Join(",", writes), rule: "workflow-write", level: FindingLevel.Medium, context: scope));
            }
        }
    }

    private static void AnalyzeSteps(CiYamlDocument document, string jobId, YamlSequence steps, YamlMapping?[] outerEnv, bool privileged, List<CheckFinding> findings)
    {
        YamlNode? untrustedCheckout = null;
        YamlNode? runsCodeAfter = null;
        for (var i = 0; i < steps.Items.Count; i++)
        {
            if (steps.Items[i] is not YamlMapping step)
            {
                continue;
            }

            var stepName = step.Scalar("name")?.Value ?? step.Scalar("id")?.Value ?? step.Scalar("uses")?.Value ?? $"step {i + 1}";
            var context = $"{jobId}/{stepName}";
            var stepEnv = step.Mapping("env");
            CheckEnv(document, stepEnv, findings);
            YamlMapping?[] env = [.. outerEnv, stepEnv];
            var checksOutHead = false;

            if (step.Scalar("uses") is { } uses)
            {
                CheckUses(document, uses, findings, context);
                var with = step.Mapping("with");
                if (IsAction(uses.Value, "actions/github-script") && with?.Scalar("script") is { } script)
                {
                    CheckInjection(document, script, "github-script", stepName, findings);
                }

                if (IsAction(uses.Value, "actions/checkout")
                    && (with?.Scalar("ref") is { } r && UntrustedContexts.IsPullRequestHead(r.Value)
                        || with?.Scalar("repository") is { } repo && UntrustedContexts.IsPullRequestHead(repo.Value)))
                {
                    checksOutHead = true;
                }
                else if (untrustedCheckout is not null && uses.Value.StartsWith("./", StringComparison.Ordinal))
                {
                    runsCodeAfter ??= uses;
                }
            }

            if (step.Scalar("run") is { } run)
            {
                CheckInjection(document, run, "run", stepName, findings);
                CheckSecretsPrinted(document, run, env, context, findings);
                if (UnsecureCommandsInScript().IsMatch(run.Value))
                {
                    findings.Add(CiFindings.At(
                        CiChecks.UnsecureCommands, document.Path, document.LineOf(run, "ACTIONS_ALLOW_UNSECURE_COMMANDS"),
                        $"step '{stepName}' sets ACTIONS_ALLOW_UNSECURE_COMMANDS, re-enabling ::set-env and ::add-path", "ACTIONS_ALLOW_UNSECURE_COMMANDS", context: context));
                }

                if (privileged && CheckoutInScript().IsMatch(run.Value))
                {
                    checksOutHead = true;
                }
                else if (untrustedCheckout is not null)
                {
                    runsCodeAfter ??= run;
                }
            }

            if (privileged && checksOutHead && untrustedCheckout is null)
            {
                untrustedCheckout = step;
            }
        }

        if (untrustedCheckout is not null)
        {
            findings.Add(runsCodeAfter is not null
                ? CiFindings.At(
                    CiChecks.PrivilegedUntrustedCheckout, document, untrustedCheckout,
                    $"job '{jobId}' runs on pull_request_target/workflow_run (secrets, write token) and checks out the pull request's code, then runs code at line {runsCodeAfter.Line}",
                    jobId, rule: "checkout-and-run", context: jobId)
                : CiFindings.At(
                    CiChecks.PrivilegedUntrustedCheckout, document, untrustedCheckout,
                    $"job '{jobId}' runs on pull_request_target/workflow_run (secrets, write token) and checks out the pull request's code; make sure nothing from it is ever executed",
                    jobId, rule: "checkout", level: FindingLevel.Medium, context: jobId));
        }
    }

    private static bool IsAction(string uses, string action) =>
        uses.Trim().StartsWith(action + "@", StringComparison.OrdinalIgnoreCase);

    private static void CheckUses(CiYamlDocument document, YamlScalar uses, List<CheckFinding> findings, string context)
    {
        var value = uses.Value.Trim();
        if (value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith(".\\", StringComparison.Ordinal) || value.Length == 0)
        {
            return; // local actions come from the same reviewed commit
        }

        if (value.StartsWith("docker://", StringComparison.OrdinalIgnoreCase))
        {
            ContainerImages.Check(document, new YamlScalar(value["docker://".Length..], true, uses.Line, uses.Column, uses.Start), findings);
            return;
        }

        var at = value.LastIndexOf('@');
        var target = at < 0 ? value : value[..at];
        var reference = at < 0 ? "" : value[(at + 1)..];
        // The SLSA generator's reusable workflows verify their own ref and must be called by tag (their documentation says so).
        if (FullSha().IsMatch(reference) || target.StartsWith("slsa-framework/slsa-github-generator/", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var firstParty = FirstPartyOwners.Contains(target.Split('/')[0]);
        var message = reference.Length == 0
            ? $"'{value}' names no version at all"
            : ShortSha().IsMatch(reference)
                ? $"'{value}' uses a short SHA; only a full 40-character SHA identifies one commit"
                : $"'{value}' is not pinned to a full commit SHA; the {(LooksLikeVersion(reference) ? "tag" : "branch or tag")} '{reference}' can be moved to other code";
        findings.Add(CiFindings.At(
            CiChecks.ActionNotPinned, document, uses, message, value,
            rule: firstParty ? "first-party" : "third-party",
            level: firstParty ? FindingLevel.Low : FindingLevel.Medium,
            context: context + "|" + value));
    }

    private static bool LooksLikeVersion(string reference) => reference.Length > 1 && (char.IsDigit(reference[0]) || reference[0] is 'v' or 'V' && char.IsDigit(reference[1]));

    private static void CheckInjection(CiYamlDocument document, YamlScalar script, string where, string stepName, List<CheckFinding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (expression, context, _) in UntrustedContexts.In(script.Value))
        {
            var occurrence = seen.GetValueOrDefault(expression);
            seen[expression] = occurrence + 1;
            findings.Add(CiFindings.At(
                CiChecks.ScriptInjection, document.Path, document.LineOf(script, expression, occurrence),
                $"'{expression}' is expanded into the {where} script of step '{stepName}'; whoever controls {context} can run commands. Pass it through an env variable",
                context, rule: where, context: $"{stepName}|{expression}|{occurrence}"));
        }
    }

    private static void CheckSecretsPrinted(CiYamlDocument document, YamlScalar run, YamlMapping?[] env, string context, List<CheckFinding> findings)
    {
        var secretVariables = env.Where(e => e is not null)
            .SelectMany(e => e!.Entries)
            .Where(e => e.Value is YamlScalar s && SecretReference().IsMatch(s.Value))
            .Select(e => e.Key.Value)
            .ToHashSet(StringComparer.Ordinal);
        var text = run.Value;
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            if (line.Contains("::add-mask::", StringComparison.Ordinal))
            {
                continue;
            }

            var print = PrintCommand().Match(line);
            if (print.Success)
            {
                var rest = line[print.Index..];
                var printsSecret = SecretReference().IsMatch(rest)
                    || secretVariables.Any(v => VariableReference(v).IsMatch(rest));
                if (printsSecret && !PipeOrRedirect().IsMatch(rest))
                {
                    findings.Add(CiFindings.At(
                        CiChecks.SecretPrinted, document.Path, document.LineOf(run, line.TrimEnd('\r')),
                        $"step '{context}' prints a secret to the build log: {line.Trim()}", null, rule: "echo-secret", context: context + "|" + line.Trim()));
                }
            }
        }

        // toJSON(secrets) expands to every secret of the repository at once, whatever the step then does with it.
        var all = AllSecrets().Match(text);
        if (all.Success)
        {
            findings.Add(CiFindings.At(
                CiChecks.SecretPrinted, document.Path, document.LineOf(run, all.Value),
                $"step '{context}' expands toJSON(secrets) into its script: every secret of the repository is in the script text, and in the log if it is printed or traced",
                null, rule: "all-secrets", level: FindingLevel.High, context: context + "|all-secrets"));
        }

        var trace = Xtrace().Match(text);
        if (trace.Success && (secretVariables.Count > 0 || SecretReference().IsMatch(text)))
        {
            findings.Add(CiFindings.At(
                CiChecks.SecretPrinted, document.Path, document.LineOf(run, trace.Value.Trim()),
                $"step '{context}' traces its commands ('{trace.Value.Trim()}') while secrets are in its script or environment; the trace prints them",
                null, rule: "xtrace-with-secrets", context: context + "|xtrace"));
        }
    }

    private static Regex VariableReference(string name) =>
        new($@"\$\{{?{Regex.Escape(name)}\b|\$env:{Regex.Escape(name)}\b|%{Regex.Escape(name)}%", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static void CheckEnv(CiYamlDocument document, YamlMapping? env, List<CheckFinding> findings)
    {
        if (env is null)
        {
            return;
        }

        foreach (var (key, value) in env.Entries)
        {
            if (value is not YamlScalar scalar)
            {
                continue;
            }

            if (key.Value.Equals("ACTIONS_ALLOW_UNSECURE_COMMANDS", StringComparison.OrdinalIgnoreCase) && scalar.IsTrue)
            {
                findings.Add(CiFindings.At(
                    CiChecks.UnsecureCommands, document, key,
                    "ACTIONS_ALLOW_UNSECURE_COMMANDS is true, re-enabling the ::set-env and ::add-path workflow commands", key.Value));
            }
            else if (SecretVariables.IsSecretName(key.Value) && SecretVariables.IsLiteralValue(scalar.Value))
            {
                findings.Add(CiFindings.At(
                    CiChecks.LiteralSecret, document, key,
                    $"env variable '{key.Value}' holds a literal value; secrets belong in the secret store", CiFindings.Redact(scalar.Value.Trim()),
                    rule: "github-env", context: key.Value));
            }
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullSha();

    [GeneratedRegex("^[0-9a-f]{7,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortSha();

    [GeneratedRegex(@"toJSON\(\s*secrets\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AllSecrets();

    [GeneratedRegex(@"\$\{\{[^}]*\bsecrets\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretReference();

    [GeneratedRegex(@"(?<![\w.-])(echo|printf|Write-Host|Write-Output|print|puts)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrintCommand();

    // Output piped to another command or redirected to a file does not reach the log (2>&1 and >&2 still do).
    [GeneratedRegex(@"(?<!\|)\|(?!\|)|(?<![\d&])>{1,2}\s*(?!&)[^\s&>]", RegexOptions.CultureInvariant)]
    private static partial Regex PipeOrRedirect();

    [GeneratedRegex(@"(^|[\s;&|(])(set\s+(-[a-wyzA-Z]*x[a-zA-Z]*|-o\s+xtrace)|bash\s+-[a-wyzA-Z]*x[a-zA-Z]*|Set-PSDebug\s+-Trace\s+[12])\b", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Xtrace();

    [GeneratedRegex(@"ACTIONS_ALLOW_UNSECURE_COMMANDS\s*[=:]\s*[""']?true", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnsecureCommandsInScript();

    [GeneratedRegex(@"\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull)\b[^\n]*(refs/pull/|pull_request\.head|github\.head_ref|workflow_run\.head_)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CheckoutInScript();
}
