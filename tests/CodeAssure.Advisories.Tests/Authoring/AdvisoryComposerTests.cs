using System.Text;
using System.Text.Json;
using CodeAssure.Advisories.Csaf.Authoring;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Validation;
using CodeAssure.Advisories.Vex;

namespace CodeAssure.Advisories.Tests.Authoring;

public sealed class AdvisoryComposerTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly AdvisoryPublisher Acme = new("Acme Ltd", new Uri("https://trust.example.com/trust/acme"), "security@acme.example");

    private static readonly AdvisoryProduct Widget1 = new("r1", "Acme Ltd", "Widget", "1.0.0", "pkg:generic/acme/widget@1.0.0");
    private static readonly AdvisoryProduct Widget2 = new("r2", "Acme Ltd", "Widget", "1.1.0");
    private static readonly AdvisoryProduct Gadget = new("r3", "Acme Ltd", "Gadget", "2026.1");
    private static readonly AdvisoryProduct Portal = new("p4", "Acme Ltd", "Portal");

    private static AdvisoryContent Content(IReadOnlyList<AdvisoryProduct> products, IReadOnlyList<AdvisoryVulnerability> vulnerabilities, bool final = true, IReadOnlyList<Revision>? revisions = null) => new()
    {
        Publisher = Acme,
        TrackingId = "ACME-2026-0001",
        Title = "Remote code execution in Widget",
        Summary = "Widget 1.0.0 is affected; update to 1.1.0.",
        Details = "Found by a customer.",
        Products = products,
        Vulnerabilities = vulnerabilities,
        IsFinal = final,
        Revisions = revisions ?? (final ? AdvisoryRevisionHistory.Publish(AdvisoryRevisionHistory.StartDraft(Day1), Day1.AddDays(1)) : AdvisoryRevisionHistory.StartDraft(Day1)),
        SelfUrl = new Uri("https://trust.example.com/trust/acme/csaf/2026/acme-2026-0001.json"),
        GeneratorVersion = "1.0.0",
    };

    private static CsafValidationReport Validate(AdvisoryContent content) =>
        new CsafValidator().Validate(Encoding.UTF8.GetBytes(AdvisoryComposer.ComposeJson(content)));

    private static void AssertValid(AdvisoryContent content)
    {
        var report = Validate(content);
        var problems = report.SchemaProblems.Select(p => p.ToString())
            .Concat(report.Findings.Where(f => f.Group == CsafTestGroup.Mandatory).Select(f => $"{f.TestId} {f.Path}: {f.Message}"))
            .Append(report.ReadError).Append(report.TestsSkippedBecause).Where(p => p is not null).ToList();
        Assert.True(report.IsValid, string.Join(Environment.NewLine, problems));
    }

    private static AdvisoryVulnerability Vulnerability(string id, params ProductVulnerabilityState[] states) => new()
    {
        Id = id,
        Title = "Deserialisation flaw",
        Description = "Untrusted input reaches a deserialiser.",
        Cwes = ["CWE-502"],
        CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
        States = states,
    };

    private static ProductVulnerabilityState S(string key, VexStatus status, VexJustification? Justification = null, string? Statement = null, string? FixedVersion = null) =>
        new(key, status, Justification, Statement, FixedVersion);

    public static TheoryData<string> Variants => new()
    {
        "one product affected with a fix",
        "many products mixed states",
        "not affected with every justification",
        "no fix and a workaround",
        "under investigation only",
        "unversioned product and v2 score",
        "several vulnerabilities and aliases",
        "draft",
        "revised twice",
        "v3.0 vector with temporal metrics",
        "unknown cwe and a cvss 4 vector",
    };

    private static AdvisoryContent VariantContent(string name) => name switch
    {
        "one product affected with a fix" => Content([Widget1], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Affected, FixedVersion: "1.1.0"))]),
        "many products mixed states" => Content([Widget1, Widget2, Gadget], [Vulnerability("CVE-2026-1000",
            S("r1", VexStatus.Affected, FixedVersion: "1.1.0"),
            S("r2", VexStatus.Fixed),
            S("r3", VexStatus.NotAffected, VexJustification.ComponentNotPresent, "Gadget does not ship the library."))]),
        "not affected with every justification" => Content([Widget1, Widget2, Gadget, Portal], [Vulnerability("CVE-2026-1001",
            S("r1", VexStatus.NotAffected, VexJustification.VulnerableCodeNotPresent),
            S("r2", VexStatus.NotAffected, VexJustification.VulnerableCodeNotInExecutePath),
            S("r3", VexStatus.NotAffected, VexJustification.VulnerableCodeCannotBeControlledByAdversary),
            S("p4", VexStatus.NotAffected, VexJustification.InlineMitigationsAlreadyExist))]),
        "no fix and a workaround" => Content([Widget1, Widget2], [Vulnerability("GHSA-abcd-efgh-ijkl",
            S("r1", VexStatus.Affected),
            S("r2", VexStatus.Affected, Statement: "Disable the import feature."))]),
        "under investigation only" => Content([Widget1], [Vulnerability("CVE-2026-1002", S("r1", VexStatus.UnderInvestigation))]),
        "unversioned product and v2 score" => Content([Portal, Widget1], [Vulnerability("CVE-2026-1003",
            S("p4", VexStatus.Affected, FixedVersion: "3.0"), S("r1", VexStatus.NotAffected)) with { CvssVector = "AV:N/AC:L/Au:N/C:P/I:P/A:P" }]),
        "several vulnerabilities and aliases" => Content([Widget1, Widget2], [
            Vulnerability("GHSA-1111-2222-3333", S("r1", VexStatus.Affected, FixedVersion: "1.1.0"), S("r1", VexStatus.NotAffected), S("r2", VexStatus.Fixed)) with { Aliases = ["CVE-2026-2000", "PYSEC-2026-1"] },
            Vulnerability("CVE-2026-2001", S("r2", VexStatus.UnderInvestigation)) with { Cwes = ["CWE-79", "CWE-20"] },
            Vulnerability("ACME-REPORT-7", S("r1", VexStatus.Affected)) with { CvssVector = null, Cwes = [] }]),
        "draft" => Content([Widget1], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Affected))], final: false),
        "revised twice" => Content([Widget1], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Fixed))], revisions:
            AdvisoryRevisionHistory.Revise(AdvisoryRevisionHistory.Revise(AdvisoryRevisionHistory.Publish(AdvisoryRevisionHistory.StartDraft(Day1), Day1.AddDays(1)), Day1.AddDays(5), "Fix released."), Day1.AddDays(3), "Clock went back.")),
        "v3.0 vector with temporal metrics" => Content([Widget1], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Affected)) with { CvssVector = "CVSS:3.0/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:L/A:N/E:P/RL:O/RC:C/CR:H" }]),
        "unknown cwe and a cvss 4 vector" => Content([Widget1], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Affected)) with
            { Cwes = ["CWE-99999"], CvssVector = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N" }]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Composed_advisory_passes_schema_and_every_mandatory_test(string variant) => AssertValid(VariantContent(variant));

    [Fact]
    public void Product_tree_nests_vendor_product_name_and_version_with_purl()
    {
        var document = AdvisoryComposer.Compose(VariantContent("many products mixed states"));

        var vendor = Assert.Single(document.ProductTree!.Branches!);
        Assert.Equal(("vendor", "Acme Ltd"), (vendor.Category, vendor.Name));
        var names = vendor.Branches!.Select(b => (b.Category, b.Name)).ToList();
        Assert.Equal([("product_name", "Widget"), ("product_name", "Gadget")], names);
        var widget1 = vendor.Branches![0].Branches![0];
        Assert.Equal("product_version", widget1.Category);
        Assert.Equal("Acme Ltd Widget 1.0.0", widget1.Product!.Name);
        Assert.Equal("pkg:generic/acme/widget@1.0.0", widget1.Product.ProductIdentificationHelper!.Purl);
    }

    [Fact]
    public void States_map_to_product_status_flags_threats_and_remediations()
    {
        var vulnerability = Assert.Single(AdvisoryComposer.Compose(VariantContent("many products mixed states")).Vulnerabilities!);

        Assert.Equal("CVE-2026-1000", vulnerability.Cve);
        Assert.Equal(["CSAFPID-0001"], vulnerability.ProductStatus!.KnownAffected!);
        Assert.Equal(["CSAFPID-0002"], vulnerability.ProductStatus.Fixed!);
        Assert.Equal(["CSAFPID-0003"], vulnerability.ProductStatus.KnownNotAffected!);
        var flag = Assert.Single(vulnerability.Flags!);
        Assert.Equal("component_not_present", flag.Label);
        Assert.Equal("Gadget does not ship the library.", Assert.Single(vulnerability.Threats!).Details);
        var fix = Assert.Single(vulnerability.Remediations!);
        Assert.Equal("vendor_fix", fix.Category);
        Assert.Contains("1.1.0", fix.Details, StringComparison.Ordinal);
        Assert.Equal("CWE-502", vulnerability.Cwe!.Id);
        Assert.Equal(9.8, vulnerability.Scores![0].CvssV3!.BaseScore);
        Assert.Equal("CRITICAL", vulnerability.Scores[0].CvssV3!.BaseSeverity);
    }

    [Fact]
    public void A_product_listed_twice_keeps_its_most_severe_state()
    {
        var vulnerability = AdvisoryComposer.Compose(VariantContent("several vulnerabilities and aliases")).Vulnerabilities![0];

        Assert.Equal(["CSAFPID-0001"], vulnerability.ProductStatus!.KnownAffected!);
        Assert.Null(vulnerability.ProductStatus.KnownNotAffected);
        Assert.Equal("CVE-2026-2000", vulnerability.Cve);
        Assert.Equal(["GHSA-1111-2222-3333", "PYSEC-2026-1"], vulnerability.Ids!.Select(i => i.Text));
    }

    [Fact]
    public void Affected_without_fix_gets_none_available_or_the_workaround()
    {
        var remediations = AdvisoryComposer.Compose(VariantContent("no fix and a workaround")).Vulnerabilities![0].Remediations!;

        Assert.Contains(remediations, r => r.Category == "none_available" && r.ProductIds!.SequenceEqual(["CSAFPID-0001"]));
        Assert.Contains(remediations, r => r.Category == "workaround" && r.Details == "Disable the import feature.");
    }

    [Fact]
    public void Tracking_follows_the_revision_history()
    {
        var tracking = AdvisoryComposer.Compose(VariantContent("revised twice")).Document.Tracking;

        Assert.Equal("final", tracking.Status);
        Assert.Equal("1.2.0", tracking.Version!.Text);
        Assert.Equal(["1.0.0", "1.1.0", "1.2.0"], tracking.RevisionHistory.Select(r => r.Number!.Text));
        Assert.Equal(Day1.AddDays(1), tracking.InitialReleaseDate);
        Assert.Equal(Day1.AddDays(5), tracking.CurrentReleaseDate);
    }

    [Fact]
    public void Draft_has_a_zero_major_version_and_draft_status()
    {
        var tracking = AdvisoryComposer.Compose(VariantContent("draft")).Document.Tracking;

        Assert.Equal(("draft", "0.1.0"), (tracking.Status, tracking.Version!.Text));
        Assert.Equal("0.2.0", AdvisoryRevisionHistory.UpdateDraft(tracking.RevisionHistory, Day1.AddHours(1))[^1].Number!.Text);
    }

    [Fact]
    public void Publishing_twice_or_revising_a_draft_is_refused()
    {
        var draft = AdvisoryRevisionHistory.StartDraft(Day1);
        var published = AdvisoryRevisionHistory.Publish(draft, Day1);

        Assert.Throws<InvalidOperationException>(() => AdvisoryRevisionHistory.Publish(published, Day1));
        Assert.Throws<InvalidOperationException>(() => AdvisoryRevisionHistory.Revise(draft, Day1, "x"));
        Assert.Throws<InvalidOperationException>(() => AdvisoryRevisionHistory.UpdateDraft(published, Day1));
    }

    [Fact]
    public void Advisory_without_products_fails_the_mandatory_tests()
    {
        var report = Validate(Content([], [new AdvisoryVulnerability { Id = "CVE-2026-1000" }]));

        Assert.False(report.IsValid);
        Assert.Contains("6.1.27.4", report.TriggeredTests);
    }

    [Fact]
    public void Aggregate_severity_is_the_highest_cvss_severity()
    {
        var content = VariantContent("several vulnerabilities and aliases");

        Assert.Equal("Critical", AdvisoryComposer.Compose(content).Document.AggregateSeverity!.Text);
    }

    [Fact]
    public void Unknown_cwe_goes_to_a_note_and_cvss_4_is_left_out()
    {
        var vulnerability = AdvisoryComposer.Compose(VariantContent("unknown cwe and a cvss 4 vector")).Vulnerabilities![0];

        Assert.Null(vulnerability.Cwe);
        Assert.Null(vulnerability.Scores);
        Assert.Contains(vulnerability.Notes!, n => n.Text == "CWE-99999");
    }

    [Fact]
    public void Hostile_text_stays_text_in_the_json()
    {
        const string Hostile = "</script><script>alert(1)</script>\"},{\"injected\":true";
        var content = Content([Widget1 with { Name = Hostile }], [Vulnerability("CVE-2026-1000", S("r1", VexStatus.Affected, Statement: Hostile))]) with { Title = Hostile, Summary = Hostile };

        var json = AdvisoryComposer.ComposeJson(content);
        using var parsed = JsonDocument.Parse(json);

        Assert.Equal(Hostile, parsed.RootElement.GetProperty("document").GetProperty("title").GetString());
        Assert.False(parsed.RootElement.TryGetProperty("injected", out _));
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        AssertValid(content);
    }

    [Fact]
    public void Inconsistent_content_is_rejected_with_a_clear_message()
    {
        var unknown = Assert.Throws<ArgumentException>(() => AdvisoryComposer.Compose(Content([Widget1], [Vulnerability("CVE-2026-1000", S("nope", VexStatus.Affected))])));
        var twice = Assert.Throws<ArgumentException>(() => AdvisoryComposer.Compose(Content([Widget1, Widget1], [])));

        Assert.Contains("unknown product 'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("used twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vulnerabilities_naming_the_same_cve_are_merged_into_one()
    {
        var content = Content([Widget1, Widget2], [
            Vulnerability("GHSA-1111-2222-3333", S("r1", VexStatus.Affected)) with { Aliases = ["CVE-2026-3000"] },
            Vulnerability("CVE-2026-3000", S("r2", VexStatus.Fixed))]);

        var vulnerability = Assert.Single(AdvisoryComposer.Compose(content).Vulnerabilities!);

        Assert.Equal("CVE-2026-3000", vulnerability.Cve);
        Assert.Equal(["CSAFPID-0002"], vulnerability.ProductStatus!.Fixed!);
        AssertValid(content);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Composed_advisory_has_sorted_keys_remediations_for_open_products_and_no_scores_on_fixed_ones(string variant)
    {
        var report = Validate(VariantContent(variant));

        Assert.DoesNotContain(report.Findings, f => f.TestId is "6.2.2" or "6.2.13" or "6.2.19");
    }
}
