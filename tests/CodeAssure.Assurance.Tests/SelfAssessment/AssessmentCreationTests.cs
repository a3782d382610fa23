using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.SelfAssessment;

public class AssessmentCreationTests
{
    [Fact]
    public void Developer_distributor_answers_every_claim_of_all_fourteen_principles()
    {
        var assessment = Catalogs.NewAssessment("developer-distributor");

        Assert.Equal(Catalogs.Real.Claims.Count, assessment.Claims.Count);
        Assert.Equal(45, assessment.Claims.Count(c => !c.Claim.IsFromTree));
        Assert.Equal(14, assessment.Claims.Select(c => c.Claim.Principle).Distinct().Count());
        Assert.All(assessment.Claims, c => Assert.Equal(Answer.Unanswered, c.Answer));
        Assert.Equal(1, assessment.Version);
        Assert.Equal(1, assessment.Revision);
        Assert.Equal(AssessmentStatus.Draft, assessment.Status);
        Assert.Empty(assessment.Validate(Catalogs.Real));
    }

    [Theory]
    [InlineData("reseller", new[] { 3, 4 })]
    [InlineData("developer-only", new[] { 1, 2, 3 })]
    [InlineData("developer-distributor", new[] { 1, 2, 3, 4 })]
    public void Each_role_answers_the_claims_of_the_themes_that_apply_to_it(string role, int[] themes)
    {
        var assessment = Catalogs.NewAssessment(role);

        var expected = Catalogs.Real.Claims.Where(c => themes.Contains(c.Principle.Theme.Id)).Select(c => c.Id).Order().ToList();
        Assert.Equal(expected, assessment.Claims.Select(c => c.Claim).ToList());
    }

    [Fact]
    public void Claims_are_kept_in_claim_id_order()
    {
        var assessment = Catalogs.NewAssessment();

        Assert.Equal(assessment.Claims.Select(c => c.Claim).Order().ToList(), assessment.Claims.Select(c => c.Claim).ToList());
    }

    [Fact]
    public void Scope_rejects_an_empty_or_multi_line_product_name()
    {
        Assert.Throws<ArgumentException>(() => AssessmentScope.ForProduct(" "));
        Assert.Throws<ArgumentException>(() => AssessmentScope.ForProduct("Shop\nInjected"));
        Assert.Throws<ArgumentException>(() => AssessmentScope.ForProduct(new string('x', 201)));
        Assert.True(AssessmentScope.Organisation.IsOrganisationWide);
        Assert.Equal("Shop 2.1", AssessmentScope.ForProduct("Shop", "2.1").ToString());
    }

    [Fact]
    public void An_edit_returns_a_new_revision_and_leaves_the_original_unchanged()
    {
        var original = Catalogs.NewAssessment();
        var claim = ClaimId.Parse("1.1.1");

        var edited = original.Edit(claim, c => c with { Answer = Answer.Met, Argument = "Our SDL is documented." });

        Assert.Equal(Answer.Unanswered, original.Find(claim)!.Answer);
        Assert.Equal(Answer.Met, edited.Find(claim)!.Answer);
        Assert.Equal(2, edited.Revision);
        Assert.Equal(1, edited.Version);
    }

    [Fact]
    public void An_edit_cannot_add_a_claim_that_is_not_part_of_the_assessment()
    {
        var reseller = Catalogs.NewAssessment("reseller");

        var error = Assert.Throws<ArgumentException>(() => reseller.WithClaim(new ClaimAssessment(ClaimId.Parse("1.1.1")) { Answer = Answer.Met }));
        Assert.Contains("1.1.1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => reseller.Edit(ClaimId.Parse("3.2.1"), c => new ClaimAssessment(ClaimId.Parse("3.2.2"))));
    }

    [Fact]
    public void Removing_evidence_removes_every_reference_to_it()
    {
        var assessment = Catalogs.NewAssessment()
            .WithEvidence(Assurance.Evidence.EvidenceItem.Link("policy", "Policy", "https://example.com/policy"));
        assessment = assessment.Edit(ClaimId.Parse("3.2.1"), c => c with { Evidence = ["policy"] });

        var without = assessment.WithoutEvidence("policy");

        Assert.Empty(without.Evidence);
        Assert.Empty(without.Find(ClaimId.Parse("3.2.1"))!.Evidence);
    }
}
