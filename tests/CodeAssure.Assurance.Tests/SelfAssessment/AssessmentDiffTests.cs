using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.SelfAssessment;

public class AssessmentDiffTests
{
    [Fact]
    public void Lists_changed_claims_field_by_field()
    {
        var before = Catalogs.Complete().SignOffBy(Catalogs.SroSignOff(), Catalogs.Real);
        var after = before
            .WithEvidence(EvidenceItem.Link("vdp", "VDP", "https://example.com/.well-known/security.txt"))
            .Edit(ClaimId.Parse("3.2.1"), c => c with { Answer = Answer.Met, Argument = "Published.", Owner = null, TargetDate = null, Evidence = ["vdp"] });

        var diff = AssessmentDiff.Between(before, after);

        var change = Assert.Single(diff.Claims);
        Assert.Equal(ClaimId.Parse("3.2.1"), change.Claim);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(["answer", "argument", "owner", "targetDate", "evidence"], change.Fields.Select(f => f.Field));
        Assert.Equal(new FieldChange("answer", "not-met", "met"), change.Fields[0]);
        Assert.Equal(new FieldChange("targetDate", "2026-11-30", null), change.Fields[3]);
        Assert.Equal(["vdp"], diff.EvidenceAdded);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Identical_values_have_an_empty_diff()
    {
        var value = Catalogs.Complete();

        Assert.True(AssessmentDiff.Between(value, value).IsEmpty);
    }

    [Fact]
    public void Claims_only_in_one_version_are_added_or_removed()
    {
        var reseller = Catalogs.NewAssessment("reseller");
        var distributor = Catalogs.NewAssessment("developer-distributor");

        var diff = AssessmentDiff.Between(reseller, distributor);

        Assert.All(diff.Claims, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.Equal(distributor.Claims.Count - reseller.Claims.Count, diff.Claims.Count);
        Assert.All(AssessmentDiff.Between(distributor, reseller).Claims, c => Assert.Equal(ChangeKind.Removed, c.Kind));
    }
}
