using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>Progress over time: the figures of each version, in version and revision order.</summary>
public static class Progress
{
    /// <summary>
    /// One point per value given (typically every signed-off snapshot plus the current draft), ordered by version then
    /// revision; a repeated (version, revision) keeps the first.
    /// </summary>
    public static IReadOnlyList<ProgressPoint> Over(IEnumerable<Assessment> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return [.. versions
            .DistinctBy(v => (v.Version, v.Revision))
            .OrderBy(v => v.Version)
            .ThenBy(v => v.Revision)
            .Select(v => new ProgressPoint(v.Version, v.Revision, v.Status, v.SignOff?.SignedAt, AnswerCounts.Of(v.Claims.Select(c => c.Answer))))];
    }
}
