using System.Text.Json.Nodes;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.Evidence;

public class AssessmentPrefillTests
{
    private static readonly ClaimId C121 = ClaimId.Parse("1.2.1");
    private static readonly ClaimId C321 = ClaimId.Parse("3.2.1");
    private static readonly ClaimId C322 = ClaimId.Parse("3.2.2");
    private static readonly ClaimId C111 = ClaimId.Parse("1.1.1");

    private static ScanBundle Bundle(string role = "developer-distributor") => new EvidenceBundleReader().Read(BundleJson.Bytes(BundleJson.Bundle(
        [
            BundleJson.Check("CA-VDP-001", "failed", ["3.2.1", "3.2.2"],
                [BundleJson.Finding("CA-VDP-001", "SECURITY.md has no timeline", "SECURITY.md", 7, null)]),
            BundleJson.Check("CA-VDP-002", "passed", ["3.2.2"], facts: new JsonObject { ["contact"] = "mailto:security@example.com" }),
            BundleJson.Check("CA-SBOM-001", "passed", ["1.2.1"], facts: new JsonObject { ["components"] = "42", ["bad\u0001name"] = "x\u0000y" }),
            BundleJson.Check("CA-DOC-001", "skipped", ["1.1.1"]),
        ],
        [
            BundleJson.Claim("1.1.1", "needs-human-evidence", "CA-DOC-001"),
            BundleJson.Claim("1.2.1", "met", "CA-SBOM-001"),
            BundleJson.Claim("3.2.1", "not-met", "CA-VDP-001"),
            BundleJson.Claim("3.2.2", "partially-met", "CA-VDP-001", "CA-VDP-002"),
        ],
        role: role)));

    [Fact]
    public void Proposes_answers_only_for_claims_the_scan_decides()
    {
        var proposals = AssessmentPrefill.Propose(Bundle());

        Assert.Equal([C121, C321, C322], proposals.Select(p => p.Claim));
        Assert.Equal([Answer.Met, Answer.NotMet, Answer.PartiallyMet], proposals.Select(p => p.Answer));
        Assert.Equal(["CA-VDP-001", "CA-VDP-002"], proposals[2].Checks);
    }

    [Fact]
    public void Each_proposal_says_where_its_facts_came_from()
    {
        var proposal = AssessmentPrefill.Propose(Bundle()).Single(p => p.Claim == C321);

        var source = Assert.Single(proposal.Provenance);
        Assert.Equal("CA-VDP-001", source.CheckId);
        Assert.Equal(BundleCheckStatus.Failed, source.CheckStatus);
        Assert.Equal(("SECURITY.md", 7), (source.Path, source.Line));
        Assert.Equal("SECURITY.md has no timeline", source.Message);
        Assert.Equal("d334580ce98d0000000000000000000000000000", source.Commit);

        var fact = AssessmentPrefill.Propose(Bundle()).Single(p => p.Claim == C121).Provenance.Single(p => p.FactName == "components");
        Assert.Equal("42", fact.FactValue);
    }

    [Fact]
    public void Fills_unanswered_claims_and_attaches_automated_evidence()
    {
        var assessment = Catalogs.NewAssessment();

        var result = AssessmentPrefill.Merge(assessment, Bundle(), "bundle-7");

        Assert.Equal(3, result.Applied.Count);
        Assert.Empty(result.Conflicts);
        var filled = result.Assessment.Find(C121)!;
        Assert.Equal(Answer.Met, filled.Answer);
        Assert.Contains("reason for 1.2.1", filled.Argument, StringComparison.Ordinal);
        var item = result.Assessment.Evidence.Single(e => e.Id == Assert.Single(filled.Evidence));
        Assert.Equal(("bundle-7", "CA-SBOM-001"), (item.BundleId, item.CheckId));
        Assert.Equal("42", item.Facts["components"]);
        Assert.Equal("passed", item.Facts["scan.status"]);
        Assert.Equal(Answer.Unanswered, result.Assessment.Find(C111)!.Answer);
        Assert.Equal(assessment.Revision + 1, result.Assessment.Revision);
        Assert.DoesNotContain(result.Assessment.Validate(Catalogs.Real), p => p.Field is "evidence" or "argument");
    }

    [Fact]
    public void Never_overwrites_a_person_s_answer_and_reports_the_conflict()
    {
        var assessment = Catalogs.NewAssessment()
            .Edit(C321, c => c with { Answer = Answer.Met, Argument = "Our policy is on the website, not in the repository." })
            .Edit(C121, c => c with { Answer = Answer.Met, Argument = "SBOM in every release." });

        var result = AssessmentPrefill.Merge(assessment, Bundle());

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(C321, conflict.Proposal.Claim);
        Assert.Equal((Answer.Met, Answer.NotMet), (conflict.Existing, conflict.Proposal.Answer));
        Assert.Equal("Our policy is on the website, not in the repository.", result.Assessment.Find(C321)!.Argument);
        Assert.Equal(Answer.Met, result.Assessment.Find(C321)!.Answer);
        Assert.Equal(C121, Assert.Single(result.Agreeing).Claim);
        Assert.Equal("SBOM in every release.", result.Assessment.Find(C121)!.Argument);
        Assert.Single(result.Assessment.Find(C121)!.Evidence);
    }

    [Fact]
    public void Warns_about_a_bundle_for_another_role_and_skips_claims_outside_the_assessment()
    {
        var reseller = Catalogs.NewAssessment("reseller");

        var result = AssessmentPrefill.Merge(reseller, Bundle());

        Assert.Contains(result.Warnings, w => w.Contains("developer-distributor role", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("1.2.1", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Applied, p => p.Claim == C121);
    }

    [Fact]
    public void Merging_the_same_bundle_twice_changes_nothing_the_second_time()
    {
        var once = AssessmentPrefill.Merge(Catalogs.NewAssessment(), Bundle()).Assessment;

        var twice = AssessmentPrefill.Merge(once, Bundle());

        Assert.Empty(twice.Applied);
        Assert.Empty(twice.Conflicts);
        Assert.True(AssessmentDiff.Between(once, twice.Assessment).IsEmpty);
    }

    [Fact]
    public void Caps_provenance_per_check_and_counts_what_was_left_out()
    {
        var findings = new JsonArray([.. Enumerable.Range(0, 500).Select(i => (JsonNode)BundleJson.Finding("CA-SECRETS-001", $"secret {i}", $"f{i}.cs", i + 1))]);
        var bundle = new EvidenceBundleReader().Read(BundleJson.Bytes(BundleJson.Bundle(
            [BundleJson.Check("CA-SECRETS-001", "failed", ["1.4.5"], findings)],
            [BundleJson.Claim("1.4.5", "not-met", "CA-SECRETS-001")])));

        var proposal = Assert.Single(AssessmentPrefill.Propose(bundle));

        Assert.Equal(AssessmentPrefill.MaxProvenancePerCheck, proposal.Provenance.Count);
        Assert.Equal(500 - AssessmentPrefill.MaxProvenancePerCheck, proposal.OmittedProvenance);
    }

    [Fact]
    public void A_five_megabyte_bundle_is_read_and_merged()
    {
        var bytes = BundleJson.Large(5 * 1024 * 1024);

        var result = AssessmentPrefill.Merge(Catalogs.NewAssessment(), new EvidenceBundleReader().Read(bytes));

        Assert.InRange(bytes.Length, 5 * 1024 * 1024, 6 * 1024 * 1024);
        Assert.Equal(31, result.Applied.Count);
        Assert.All(result.Applied, p => Assert.True(p.Provenance.Count <= AssessmentPrefill.MaxProvenancePerCheck + 2));
    }
}
