using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.SelfAssessment;

public class SignOffTests
{
    [Fact]
    public void The_SRO_signs_off_a_complete_draft_into_a_snapshot()
    {
        var draft = Catalogs.Complete();

        var snapshot = draft.SignOffBy(Catalogs.SroSignOff(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.FromHours(1))), Catalogs.Real);

        Assert.True(snapshot.IsSignedOff);
        Assert.Equal(draft.Version, snapshot.Version);
        Assert.Equal(draft.Revision + 1, snapshot.Revision);
        Assert.Equal(TimeSpan.Zero, snapshot.SignOff!.SignedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), snapshot.SignOff.SignedAt);
        Assert.False(draft.IsSignedOff);
    }

    [Fact]
    public void Only_the_senior_responsible_owner_may_sign_off()
    {
        var draft = Catalogs.Complete();

        var error = Assert.Throws<AssessmentException>(() => draft.SignOffBy(Catalogs.SroSignOff() with { SignerRole = "admin" }, Catalogs.Real));

        Assert.Contains(error.Problems, p => p.Field == "signOff.signerRole");
    }

    [Fact]
    public void Sign_off_lists_every_unanswered_claim_and_every_problem()
    {
        var draft = Catalogs.NewAssessment("reseller")
            .Edit(ClaimId.Parse("3.1.1"), c => c with { Answer = Answer.NotApplicable });

        var error = Assert.Throws<AssessmentException>(() => draft.SignOffBy(Catalogs.SroSignOff() with { Acknowledgement = " ", SignedBy = "" }, Catalogs.Real));

        Assert.Equal(draft.Claims.Count - 1, error.Problems.Count(p => p.Field == "answer"));
        Assert.Contains(error.Problems, p => p is { Claim: "3.1.1", Field: "justification" });
        Assert.Contains(error.Problems, p => p.Field == "signOff.acknowledgement");
        Assert.Contains(error.Problems, p => p.Field == "signOff.signedBy");
    }

    [Fact]
    public void A_snapshot_cannot_be_signed_twice()
    {
        var snapshot = Catalogs.Complete().SignOffBy(Catalogs.SroSignOff(), Catalogs.Real);

        Assert.Throws<AssessmentException>(() => snapshot.SignOffBy(Catalogs.SroSignOff(), Catalogs.Real));
    }

    [Fact]
    public void Editing_a_snapshot_starts_the_next_version_as_a_draft_and_leaves_the_snapshot_intact()
    {
        var snapshot = Catalogs.Complete().SignOffBy(Catalogs.SroSignOff(), Catalogs.Real);
        var digest = snapshot.ComputeDigest();

        var next = snapshot.Edit(ClaimId.Parse("3.2.1"), c => c with { Answer = Answer.Met, Argument = "Policy published at /security." });

        Assert.Equal(2, next.Version);
        Assert.Equal(1, next.Revision);
        Assert.Equal(AssessmentStatus.Draft, next.Status);
        Assert.Null(next.SignOff);
        Assert.Equal(digest, next.BasedOn);
        Assert.Equal(digest, snapshot.ComputeDigest());
        Assert.Equal(Answer.NotMet, snapshot.Find(ClaimId.Parse("3.2.1"))!.Answer);
        Assert.Equal(2, next.SignOffBy(Catalogs.SroSignOff(), Catalogs.Real).Version);
    }

    [Fact]
    public void A_stored_snapshot_with_a_forged_sign_off_fails_validation()
    {
        var node = AssessmentJson.ToJsonNode(Catalogs.NewAssessment());
        node["status"] = "signed-off";
        node["signOff"] = AssessmentJson.ToJsonNode(Catalogs.Complete().SignOffBy(Catalogs.SroSignOff(), Catalogs.Real))["signOff"]!.DeepClone();
        node["signOff"]!["signerRole"] = "intern";

        var problems = AssessmentJson.Read(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString())).Validate(Catalogs.Real);

        Assert.Contains(problems, p => p.Field == "signOff.signerRole");
        Assert.Contains(problems, p => p.Field == "answer");
    }

    [Fact]
    public void Claim_evidence_lists_are_copied_so_the_caller_cannot_change_a_value()
    {
        var ids = new List<string> { "a" };
        var claim = new ClaimAssessment(ClaimId.Parse("1.1.1")) { Evidence = ids };

        ids.Add("b");

        Assert.Equal(["a"], claim.Evidence);
    }
}
