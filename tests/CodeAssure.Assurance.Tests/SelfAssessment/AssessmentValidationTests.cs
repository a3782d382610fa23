using System.Text;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.SelfAssessment;

public class AssessmentValidationTests
{
    private static readonly ClaimId C111 = ClaimId.Parse("1.1.1");
    private static readonly ClaimId C112 = ClaimId.Parse("1.1.2");
    private static readonly ClaimId C113 = ClaimId.Parse("1.1.3");
    private static readonly ClaimId C114 = ClaimId.Parse("1.1.4");

    [Fact]
    public void Returns_every_problem_at_once_with_claim_and_field()
    {
        var assessment = Catalogs.NewAssessment().WithChanges([],
        [
            new ClaimAssessment(C111) { Answer = Answer.NotApplicable },
            new ClaimAssessment(C112) { Answer = Answer.Met, Argument = "  " },
            new ClaimAssessment(C113) { Answer = Answer.PartiallyMet },
            new ClaimAssessment(C114) { Answer = Answer.NotMet, Owner = "Build team" },
        ]);

        var problems = assessment.Validate(Catalogs.Real).Select(p => (p.Claim, p.Field)).ToHashSet();

        Assert.Equal(
            new HashSet<(string?, string)>
            {
                ("1.1.1", "justification"),
                ("1.1.2", "argument"),
                ("1.1.3", "argument"),
                ("1.1.3", "owner"),
                ("1.1.3", "targetDate"),
                ("1.1.4", "targetDate"),
            },
            problems);
    }

    [Fact]
    public void A_complete_assessment_has_no_problems()
    {
        Assert.Empty(Catalogs.Complete().Validate(Catalogs.Real));
        Assert.Empty(Catalogs.Complete("reseller").Validate(Catalogs.Real));
    }

    [Fact]
    public void Rejects_unknown_and_non_applicable_claim_ids_and_reports_missing_ones()
    {
        // A stored reseller assessment edited by hand: a theme-1 claim, an unknown claim, and 3.2.1 removed.
        var node = AssessmentJson.ToJsonNode(Catalogs.NewAssessment("reseller"));
        var claims = node["claims"]!.AsArray();
        var removed = claims.First(c => c!["claim"]!.GetValue<string>() == "3.2.1")!;
        claims.Remove(removed);
        claims.Add(AssessmentJson.ClaimNode(new ClaimAssessment(C111)));
        claims.Add(AssessmentJson.ClaimNode(new ClaimAssessment(ClaimId.Parse("4.9.9"))));
        var assessment = AssessmentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));

        var problems = assessment.Validate(Catalogs.Real);

        Assert.Contains(problems, p => p is { Claim: "1.1.1", Field: "claim" } && p.Message.Contains("does not apply", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "4.9.9", Field: "claim" } && p.Message.Contains("is not a claim", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "3.2.1", Field: "claim" } && p.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Bounds_lengths_and_refuses_control_characters()
    {
        var assessment = Catalogs.NewAssessment().WithChanges([],
        [
            new ClaimAssessment(C111) { Answer = Answer.Met, Argument = new string('a', AssessmentLimits.MaxTextLength + 1) },
            new ClaimAssessment(C112) { Answer = Answer.NotMet, Owner = "Eve\u0007", TargetDate = new DateOnly(2027, 1, 1) },
            new ClaimAssessment(C113) { Answer = Answer.NotMet, Owner = "Eve\nInjected", TargetDate = new DateOnly(2027, 1, 1) },
            new ClaimAssessment(C114) { Answer = Answer.Met, Argument = "bad \ud800 surrogate" },
        ]);

        var problems = assessment.Validate(Catalogs.Real);

        Assert.Contains(problems, p => p is { Claim: "1.1.1", Field: "argument" } && p.Message.Contains("at most 10000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "1.1.2", Field: "owner" } && p.Message.Contains("U+0007", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "1.1.3", Field: "owner" } && p.Message.Contains("one line", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "1.1.4", Field: "argument" } && p.Message.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_references_must_name_items_of_the_assessment()
    {
        var assessment = Catalogs.NewAssessment()
            .WithEvidence(EvidenceItem.Link("sdl", "SDL handbook", "https://intranet.example.com/sdl"))
            .Edit(C111, c => c with { Answer = Answer.Met, Argument = "See the handbook.", Evidence = ["sdl", "ghost", "sdl"] })
            .Edit(C112, c => c with { Evidence = [.. Enumerable.Range(0, 101).Select(i => $"e{i}")] });

        var problems = assessment.Validate(Catalogs.Real);

        Assert.Contains(problems, p => p is { Claim: "1.1.1", Field: "evidence" } && p.Message.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "1.1.1", Field: "evidence" } && p.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Claim: "1.1.2", Field: "evidence" } && p.Message.Contains("at most 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_catalogue_version_or_role_the_catalogue_does_not_know()
    {
        var node = AssessmentJson.ToJsonNode(Catalogs.NewAssessment());
        node["catalogVersion"] = "1999.01-1";
        node["role"] = "pirate";

        var problems = AssessmentJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString())).Validate(Catalogs.Real);

        Assert.Contains(problems, p => p is { Claim: null, Field: "catalogVersion" });
        Assert.Contains(problems, p => p is { Claim: null, Field: "role" });
    }
}
