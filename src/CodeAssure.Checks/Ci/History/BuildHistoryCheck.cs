using System.Globalization;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Ci.History;

/// <summary>CA-CI-040: who changed which CI and build files, and when, from git (principle 2.2, claims 2.2.1 and 2.2.3).</summary>
public sealed class BuildHistoryCheck : ICheck
{
    private const int MaxFilesListed = 200;

    /// <inheritdoc />
    public CheckDescriptor Descriptor { get; } = new(
        CiChecks.BuildHistoryEntry.Id,
        CiChecks.BuildHistoryEntry.Title,
        [CiChecks.BuildHistoryEntry.Principle],
        [Catalog.ClaimId.Parse("2.2.1"), Catalog.ClaimId.Parse("2.2.3")],
        "The git history of the CI and build files (git log, run as a process): facts for the 50 most recent commits that changed them (commit, author, date, subject, files) and each file's last change; skipped with a note when the folder is not a git repository or git is not installed.",
        CiChecks.BuildHistoryEntry.Remediation);

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(ScanContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var excluded = PathPatterns.Parse(context.Exclude);
        BuildFileHistory history;
        try
        {
            history = await new BuildFileHistoryReader().ReadAsync(context.Root, f => BuildFiles.IsBuildFile(f) && !excluded.Matches(f), cancellationToken).ConfigureAwait(false);
        }
        catch (BuildHistoryUnavailableException e)
        {
            return CheckOutcome.Skip($"{e.Message}: the change history of the build configuration must be shown another way (e.g. the CI system's audit log)");
        }

        var facts = new Dictionary<string, string>
        {
            ["commitsRead"] = history.CommitsRead.ToString(CultureInfo.InvariantCulture),
            ["buildChanges"] = history.Changes.Count.ToString(CultureInfo.InvariantCulture),
            ["filesWithHistory"] = history.LastChanges.Count.ToString(CultureInfo.InvariantCulture),
            ["shallowClone"] = history.Shallow ? "true" : "false",
        };
        for (var i = 0; i < history.Changes.Count; i++)
        {
            var c = history.Changes[i];
            facts[string.Create(CultureInfo.InvariantCulture, $"change.{i + 1:D3}")] =
                $"{Describe(c)}: {c.Subject} [{string.Join(", ", c.Files.Take(20))}{(c.Files.Count > 20 ? ", …" : "")}]";
        }

        foreach (var (path, change) in history.LastChanges.OrderBy(p => p.Key, StringComparer.Ordinal).Take(MaxFilesListed))
        {
            facts[$"lastChange:{path}"] = Describe(change);
        }

        var note = history.Shallow
            ? "shallow clone: only part of the history was available; scan a full clone for the complete change log"
            : history.CommitsRead == 0 ? "the repository has no commits yet" : null;
        return new CheckOutcome(CheckStatus.Passed, [], facts, note);
    }

    private static string Describe(BuildFileChange change) =>
        string.Create(CultureInfo.InvariantCulture, $"{change.Date:yyyy-MM-dd'T'HH:mm:ssK} {change.Commit[..Math.Min(12, change.Commit.Length)]} {change.Author}");
}
