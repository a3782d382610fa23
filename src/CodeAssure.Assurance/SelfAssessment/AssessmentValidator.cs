using CodeAssure.Catalog;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// Checks a self-assessment against the catalogue and returns every problem at once, each with its claim id and
/// field, so a form can show them all: unknown or non-applicable claims, missing applicable claims, not applicable
/// without a justification, met or partially met without an argument, a gap without an owner or target date,
/// evidence references to unknown items, and text that is too long or holds control characters.
/// </summary>
public static class AssessmentValidator
{
    /// <summary>Problems that make the value wrong even as a draft (an unanswered claim is not one).</summary>
    public static IReadOnlyList<ValidationProblem> Validate(Assessment assessment, CodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<ValidationProblem>();
        if (!string.Equals(assessment.CatalogVersion, catalog.Version, StringComparison.Ordinal))
        {
            problems.Add(new(null, "catalogVersion", $"the assessment uses catalogue {assessment.CatalogVersion} but catalogue {catalog.Version} was given"));
        }

        HashSet<ClaimId>? applicable = null;
        if (catalog.TryGetRole(assessment.Role, out var role))
        {
            applicable = [.. catalog.ApplicableClaims(role).Select(c => c.Id)];
        }
        else
        {
            problems.Add(new(null, "role", $"'{assessment.Role}' is not a stakeholder role of the catalogue ({string.Join(", ", catalog.Roles.Select(r => r.Id))})"));
        }

        // A stored snapshot must satisfy what sign-off required when it was made.
        if (assessment.SignOff is { } signOff)
        {
            problems.AddRange(SignOffProblems(signOff));
            problems.AddRange(Unanswered(assessment));
        }

        var evidenceIds = assessment.Evidence.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in assessment.Claims)
        {
            var id = claim.Claim.ToString();
            if (!catalog.TryGetClaim(claim.Claim, out _))
            {
                problems.Add(new(id, "claim", $"is not a claim of catalogue {catalog.Version}"));
            }
            else if (applicable is not null && !applicable.Contains(claim.Claim))
            {
                problems.Add(new(id, "claim", $"does not apply to the {assessment.Role} role"));
            }

            ValidateClaim(claim, id, evidenceIds, problems);
        }

        if (applicable is not null)
        {
            var present = assessment.Claims.Select(c => c.Claim).ToHashSet();
            foreach (var missing in applicable.Where(c => !present.Contains(c)).Order())
            {
                problems.Add(new(missing.ToString(), "claim", $"applies to the {assessment.Role} role but is missing"));
            }
        }

        return problems;
    }

    /// <summary>Everything <see cref="Validate"/> reports, plus unanswered claims and problems with the sign-off itself.</summary>
    public static IReadOnlyList<ValidationProblem> ValidateForSignOff(Assessment assessment, CodeCatalog catalog, SignOff signOff)
    {
        ArgumentNullException.ThrowIfNull(signOff);
        var problems = Validate(assessment, catalog).ToList();
        if (assessment.SignOff is null)
        {
            problems.AddRange(Unanswered(assessment));
        }

        problems.AddRange(SignOffProblems(signOff));
        return problems;
    }

    private static IEnumerable<ValidationProblem> Unanswered(Assessment assessment) =>
        assessment.Claims.Where(c => c.Answer == Answer.Unanswered)
            .Select(c => new ValidationProblem(c.Claim.ToString(), "answer", "is unanswered; every claim must be answered before sign-off"));

    private static List<ValidationProblem> SignOffProblems(SignOff signOff)
    {
        var problems = new List<ValidationProblem>();
        AddName(problems, null, "signOff.signedBy", signOff.SignedBy, AssessmentLimits.MaxNameLength);
        if (!string.Equals(signOff.SignerRole, SignOff.SeniorResponsibleOwnerRole, StringComparison.Ordinal))
        {
            problems.Add(new(null, "signOff.signerRole", $"only the Senior Responsible Owner (role '{SignOff.SeniorResponsibleOwnerRole}') may sign off, not '{signOff.SignerRole}'"));
        }

        if (string.IsNullOrWhiteSpace(signOff.Acknowledgement))
        {
            problems.Add(new(null, "signOff.acknowledgement", "is empty"));
        }

        AddText(problems, null, "signOff.acknowledgement", signOff.Acknowledgement, AssessmentLimits.MaxAcknowledgementLength);
        return problems;
    }

    private static void ValidateClaim(ClaimAssessment claim, string id, HashSet<string> evidenceIds, List<ValidationProblem> problems)
    {
        switch (claim.Answer)
        {
            case Answer.NotApplicable when string.IsNullOrWhiteSpace(claim.Justification):
                problems.Add(new(id, "justification", "is required when the answer is not applicable"));
                break;
            case Answer.Met or Answer.PartiallyMet when string.IsNullOrWhiteSpace(claim.Argument):
                problems.Add(new(id, "argument", $"is required when the answer is {claim.Answer.ToLabel().ToLowerInvariant()}: say why the evidence shows the claim holds"));
                break;
            case Answer.Unanswered or Answer.Met or Answer.PartiallyMet or Answer.NotMet or Answer.NotApplicable:
                break;
            default:
                problems.Add(new(id, "answer", $"{(int)claim.Answer} is not an answer"));
                break;
        }

        if (claim.Answer.IsGap())
        {
            if (string.IsNullOrWhiteSpace(claim.Owner))
            {
                problems.Add(new(id, "owner", "is required for a gap (partially met or not met)"));
            }

            if (claim.TargetDate is null)
            {
                problems.Add(new(id, "targetDate", "is required for a gap (partially met or not met)"));
            }
        }

        AddText(problems, id, "justification", claim.Justification, AssessmentLimits.MaxTextLength);
        AddText(problems, id, "argument", claim.Argument, AssessmentLimits.MaxTextLength);
        if (!string.IsNullOrWhiteSpace(claim.Owner))
        {
            AddName(problems, id, "owner", claim.Owner, AssessmentLimits.MaxNameLength);
        }

        if (claim.Evidence.Count > AssessmentLimits.MaxEvidencePerClaim)
        {
            problems.Add(new(id, "evidence", $"has {claim.Evidence.Count} references; at most {AssessmentLimits.MaxEvidencePerClaim} are allowed"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in claim.Evidence.Take(AssessmentLimits.MaxEvidencePerClaim + 1))
        {
            if (!seen.Add(reference))
            {
                problems.Add(new(id, "evidence", $"refers to '{Shorten(reference)}' twice"));
            }
            else if (!evidenceIds.Contains(reference))
            {
                problems.Add(new(id, "evidence", $"refers to '{Shorten(reference)}', which is not an evidence item of this assessment"));
            }
        }
    }

    private static void AddText(List<ValidationProblem> problems, string? claim, string field, string? text, int max)
    {
        var problem = text is null ? null : TextRules.ProblemWithText(text, max);
        if (problem is not null)
        {
            problems.Add(new(claim, field, problem));
        }
    }

    private static void AddName(List<ValidationProblem> problems, string? claim, string field, string? text, int max)
    {
        var problem = TextRules.ProblemWithName(text, max);
        if (problem is not null)
        {
            problems.Add(new(claim, field, problem));
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 64 ? new string([.. text.Select(c => char.IsControl(c) ? '?' : c)]) : Shorten(text[..64]) + "…";
}
