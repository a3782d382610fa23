using CodeAssure.Catalog;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;

namespace CodeAssure.Checks.Tests.Evidence;

public sealed class EvidenceAssemblerTests
{
    private static readonly CodeCatalog Catalog = CodeCatalog.LoadEmbedded();

    private static StakeholderRole Role(string id) => Catalog.TryGetRole(id, out var r) ? r : throw new KeyNotFoundException(id);

    private static CheckEvidence Check(string id, CheckStatus status, params string[] claims) =>
        new(id, id, [], claims, status, null, status == CheckStatus.Failed
            ? [new CheckFinding { CheckId = id, Level = FindingLevel.High, Message = "problem" }]
            : [], new Dictionary<string, string>());

    private static ClaimEvidence Claim(IReadOnlyList<PrincipleEvidence> principles, string id) =>
        principles.SelectMany(p => p.Claims).Single(c => c.Id == id);

    [Fact]
    public void An_automatically_evidenced_claim_whose_checks_pass_is_met()
    {
        var result = EvidenceAssembler.Assemble(Catalog, Role("developer-distributor"), [Check("CA-SBOM-001", CheckStatus.Passed, "1.2.1")]);

        Assert.Equal(EvidenceStatus.Met, Claim(result, "1.2.1").Status);
    }

    [Fact]
    public void A_supporting_check_that_passes_still_needs_human_evidence()
    {
        var result = EvidenceAssembler.Assemble(Catalog, Role("developer-distributor"), [Check("CA-VDP-001", CheckStatus.Passed, "3.2.1")]);

        var claim = Claim(result, "3.2.1");
        Assert.Equal(EvidenceStatus.NeedsHumanEvidence, claim.Status);
        Assert.Contains("CA-VDP-001", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_checks_make_a_claim_not_met_or_partially_met()
    {
        var all = EvidenceAssembler.Assemble(Catalog, Role("developer-distributor"), [Check("A", CheckStatus.Failed, "3.2.1")]);
        var some = EvidenceAssembler.Assemble(Catalog, Role("developer-distributor"), [Check("A", CheckStatus.Failed, "3.2.1"), Check("B", CheckStatus.Passed, "3.2.1")]);

        Assert.Equal(EvidenceStatus.NotMet, Claim(all, "3.2.1").Status);
        Assert.Equal(EvidenceStatus.PartiallyMet, Claim(some, "3.2.1").Status);
        Assert.Equal(EvidenceStatus.PartiallyMet, some.Single(p => p.Id == "3.2").Status);
    }

    [Fact]
    public void Skipped_checks_leave_the_claim_to_human_evidence_and_say_why()
    {
        var skipped = new CheckEvidence("CA-VULN-001", "v", [], ["3.3.1"], CheckStatus.Skipped, "no OSV index", [], new Dictionary<string, string>());

        var claim = Claim(EvidenceAssembler.Assemble(Catalog, Role("developer-distributor"), [skipped]), "3.3.1");

        Assert.Equal(EvidenceStatus.NeedsHumanEvidence, claim.Status);
        Assert.Contains("no OSV index", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Principles_outside_the_role_are_not_applicable()
    {
        var result = EvidenceAssembler.Assemble(Catalog, Role("reseller"), [Check("CA-SBOM-001", CheckStatus.Failed, "1.2.1")]);

        Assert.All(result.Where(p => p.Id.StartsWith('1') || p.Id.StartsWith('2')), p => Assert.Equal(EvidenceStatus.NotApplicable, p.Status));
        Assert.Equal(EvidenceStatus.NotApplicable, Claim(result, "1.2.1").Status);
        Assert.Equal(14, result.Count);
    }
}
