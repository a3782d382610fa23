using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Reports;

/// <summary>
/// Writes the list of checks (docs/checks.md) from their descriptors, so the documentation can never drift from the
/// code: <c>codeassure scan --list-checks --format md &gt; docs/checks.md</c> regenerates it.
/// </summary>
public static class CheckListWriter
{
    /// <summary>The command that regenerates docs/checks.md.</summary>
    public const string RegenerateCommand = "codeassure scan --list-checks --format md > docs/checks.md";

    /// <summary>Writes the Markdown page listing every check with its principles, claims, what it looks for and its remediation.</summary>
    public static async Task WriteMarkdownAsync(TextWriter writer, IEnumerable<CheckDescriptor> checks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(checks);
        var e = (Func<string?, string>)MarkdownText.Escape;
        var ordered = checks.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        await writer.WriteLineAsync("# Repository checks").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("<!-- Generated from the checks' descriptors: do not edit by hand. Regenerate with").ConfigureAwait(false);
        await writer.WriteLineAsync($"     {RegenerateCommand} -->").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync($"`codeassure scan <dir>` runs these {ordered.Count} checks and writes an [evidence bundle](evidence-schema.md) or a").ConfigureAwait(false);
        await writer.WriteLineAsync("report ([scan.md](scan.md) lists the options and formats). Each check has a stable id, the principles and claims of").ConfigureAwait(false);
        await writer.WriteLineAsync("the Code it evidences, and remediation text (SARIF carries it as the rule's help).").ConfigureAwait(false);
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("| id | title | principles | claims | looks for | remediation |").ConfigureAwait(false);
        await writer.WriteLineAsync("|---|---|---|---|---|---|").ConfigureAwait(false);
        foreach (var c in ordered)
        {
            var principles = string.Join(", ", c.Principles.Select(p => p.ToString()));
            var claims = string.Join(", ", c.Claims.Select(p => p.ToString()));
            await writer.WriteLineAsync($"| {e(c.Id)} | {e(c.Title)} | {e(principles)} | {e(claims)} | {e(c.LooksFor)} | {e(c.Remediation)} |").ConfigureAwait(false);
        }
    }
}
