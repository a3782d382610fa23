using System.Globalization;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>The gap list: every partially met or not met claim, ordered by target date (undated last), then principle, then claim.</summary>
public static class GapList
{
    /// <summary>The gaps of an assessment as of <paramref name="today"/> (which decides what is overdue).</summary>
    public static IReadOnlyList<Gap> For(Assessment assessment, CodeCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. assessment.Claims
            .Where(c => c.Answer.IsGap())
            .Select(c => new Gap(
                c.Claim,
                c.Claim.Principle,
                catalog.TryGetClaim(c.Claim, out var claim) ? claim.Statement : "(a claim this catalogue does not know)",
                c.Answer,
                string.IsNullOrWhiteSpace(c.Owner) ? null : c.Owner,
                c.TargetDate,
                NextAction(c),
                c.TargetDate is { } date && date < today))
            .OrderBy(g => g.TargetDate is null)
            .ThenBy(g => g.TargetDate)
            .ThenBy(g => g.Principle)
            .ThenBy(g => g.Claim)];
    }

    private static string NextAction(ClaimAssessment claim)
    {
        var hasOwner = !string.IsNullOrWhiteSpace(claim.Owner);
        return (hasOwner, claim.TargetDate) switch
        {
            (true, { } date) => $"{claim.Owner} by {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            (true, null) => $"{claim.Owner}: set a target date",
            (false, { } date) => $"assign an owner (target {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
            _ => "assign an owner",
        };
    }
}
