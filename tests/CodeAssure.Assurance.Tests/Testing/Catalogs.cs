using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.Testing;

/// <summary>The real embedded catalogue and ready-made assessments over it.</summary>
internal static class Catalogs
{
    public static CodeCatalog Real { get; } = CodeCatalog.LoadEmbedded();

    public static StakeholderRole Role(string id) =>
        Real.TryGetRole(id, out var role) ? role : throw new InvalidOperationException($"no role {id}");

    public static Assessment NewAssessment(string role = "developer-distributor", AssessmentScope? scope = null) =>
        Assessment.Create(Real, Role(role), scope ?? AssessmentScope.ForProduct("Shop", "2.1"));

    /// <summary>Every claim answered validly: met with an argument, except 1.2.1 partially met and 3.2.1 not met (gaps with owners).</summary>
    public static Assessment Complete(string role = "developer-distributor")
    {
        var assessment = NewAssessment(role);
        var edits = assessment.Claims.Select(c => c.Claim.ToString() switch
        {
            "1.2.1" => c with { Answer = Answer.PartiallyMet, Argument = "SBOM covers the main product only.", Owner = "Build team", TargetDate = new DateOnly(2026, 12, 31) },
            "3.2.1" => c with { Answer = Answer.NotMet, Owner = "Security lead", TargetDate = new DateOnly(2026, 11, 30) },
            "4.2.1" => c with { Answer = Answer.NotApplicable, Justification = "We sell perpetual licences with lifetime support." },
            _ => c with { Answer = Answer.Met, Argument = $"Documented in the handbook, section {c.Claim}." },
        }).ToList();
        return assessment.WithChanges([], edits);
    }

    public static SignOff SroSignOff(DateTimeOffset? at = null) =>
        new("Ada Lovelace", SignOff.SeniorResponsibleOwnerRole, at ?? new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
            "I confirm these answers are accurate to the best of my knowledge.");
}
