using System.Text.RegularExpressions;
using CodeAssure.Catalog;
using CodeAssure.TestSupport;

namespace CodeAssure.Catalog.Tests;

/// <summary>The shipped catalogue against the source documents in ../shared (the Code's text and the APC claims).</summary>
public sealed partial class EmbeddedCatalogTests
{
    private static readonly CodeCatalog Catalog = CodeCatalog.LoadEmbedded();

    [Fact]
    public void Has_four_themes_and_the_fourteen_principles_of_the_final_code()
    {
        Assert.Equal([1, 2, 3, 4], Catalog.Themes.Select(t => t.Id));
        Assert.Equal(
            ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3"],
            Catalog.Principles.Select(p => p.Id.ToString()));
        Assert.All(Catalog.Principles, p => Assert.Equal(p.Id.Theme, p.Theme.Id));
    }

    [Fact]
    public void Principle_statements_are_the_exact_text_of_the_final_code()
    {
        var code = Normalise(File.ReadAllText(SeedPath("001_925d9f8237af644e.txt")));
        foreach (var principle in Catalog.Principles)
        {
            Assert.Contains($"- {principle.Id} {principle.Statement}", code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Claims_are_the_45_of_the_assurance_principles_and_claims_with_their_official_ids_and_wording()
    {
        var expected = ApcClaimRow().Matches(File.ReadAllText(Path.Combine(SharedRoot(), "apc-claims.md")))
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["text"].Value.Trim());
        Assert.Equal(45, expected.Count);

        var official = Catalog.Claims.Where(c => c.Source == ClaimSource.AssurancePrinciplesAndClaims).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), official.Select(c => c.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.All(official, c => Assert.Equal(expected[c.Id.ToString()], c.Statement));
    }

    [Fact]
    public void Keeps_the_claims_tree_leaf_with_no_matching_claim_under_1_2()
    {
        var tree = Assert.Single(Catalog.Claims, c => c.Source == ClaimSource.ClaimsTree);
        Assert.Equal("1.2", tree.Principle.Id.ToString());
        Assert.True(tree.Id.IsFromTree);
        Assert.Contains("third-party suppliers", tree.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_claim_suggests_evidence_and_every_principle_has_claims()
    {
        Assert.All(Catalog.Claims, c => Assert.NotEmpty(c.SuggestedEvidence));
        Assert.All(Catalog.Principles, p => Assert.NotEmpty(p.Claims));
        Assert.Equal(Catalog.Claims.Count, Catalog.Principles.Sum(p => p.Claims.Count));
        Assert.Contains(Catalog.Claims, c => c.ScanCoverage == ScanCoverage.Automatic);
        Assert.Contains(Catalog.Claims, c => c.ScanCoverage == ScanCoverage.Manual);
    }

    [Fact]
    public void Draft_has_21_provisions_whose_text_and_level_match_the_2024_draft()
    {
        var draft = File.ReadAllText(SeedPath("000_027cccf47f2f2d4b.txt"));
        var chapter4 = Normalise(draft[draft.IndexOf("Chapter 4:", StringComparison.Ordinal)..draft.IndexOf("Monitoring and evaluation", StringComparison.Ordinal)]);
        Assert.Equal(21, Catalog.Draft.Provisions.Count);

        // In chapter 4 each list of provisions follows a "shall/should do the following" line.
        var level = ProvisionLevel.Shall;
        var seen = new Dictionary<string, ProvisionLevel>();
        foreach (var line in chapter4.Split('\n'))
        {
            if (line.Contains("do the following", StringComparison.Ordinal))
            {
                level = line.Contains("should", StringComparison.Ordinal) ? ProvisionLevel.Should : ProvisionLevel.Shall;
            }
            else if (DraftProvisionLine().Match(line) is { Success: true } m)
            {
                seen[m.Groups[1].Value] = level;
            }
        }

        Assert.Equal(21, seen.Count);
        foreach (var provision in Catalog.Draft.Provisions)
        {
            Assert.Equal(seen[provision.Id.ToString()], provision.Level);
            Assert.Contains($"{provision.Id} {provision.Statement}", chapter4, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_shall_provision_has_a_technical_control_and_every_provision_is_mapped_or_explained()
    {
        Assert.All(Catalog.Draft.Provisions.Where(p => p.Level == ProvisionLevel.Shall), p => Assert.NotEmpty(p.TechnicalControls));
        Assert.All(Catalog.Draft.Provisions, p => Assert.True(p.IsCarried || !string.IsNullOrWhiteSpace(p.Note)));
        Assert.Equal(["2.3", "4.4", "4.5"], Catalog.Draft.NotCarried.Select(p => p.Id.ToString()));
    }

    [Fact]
    public void Principle_4_2_came_from_draft_provision_4_2_and_its_end_of_life_control()
    {
        Assert.True(Catalog.TryGetPrinciple(PrincipleId.Parse("4.2"), out var principle));
        var provision = Assert.Single(principle.DraftProvisions);
        Assert.Equal("D4.2", provision.DisplayId);
        Assert.Contains(provision.TechnicalControls, c => c.Title.Contains("end-of-life", StringComparison.Ordinal));
    }

    [Fact]
    public void Technical_control_spanning_two_provisions_lists_both()
    {
        Assert.True(Catalog.TryGetTechnicalControl("TC-3.3.1", out var control));
        Assert.Equal(["D3.3", "D3.4"], control.Provisions.Select(p => p.DisplayId));
    }

    [Fact]
    public void Glossary_holds_the_terms_of_table_3()
    {
        var terms = Catalog.Glossary.Select(g => g.Term).ToList();
        Assert.Contains("Senior Responsible Owner", terms);
        Assert.Contains("Build Environment", terms);
        Assert.Contains("Vulnerability disclosure process", terms);
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("threat modelling", Catalog.Glossary.Single(g => g.Term == "Secure development framework").Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Senior_responsible_owner_duty_and_skills_expectation_are_kept()
    {
        Assert.Contains("Senior Responsible Owner", Catalog.Code.SeniorResponsibleOwnerDuty, StringComparison.Ordinal);
        Assert.Contains("skills", Catalog.Code.SkillsExpectation, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 5, 7), Catalog.Code.Published);
    }

    private static string SharedRoot() => Path.GetDirectoryName(ConformanceData.Root)!;

    private static string SeedPath(string name) => Path.Combine(SharedRoot(), "seeds", name);

    // Folds whitespace and drops footnote markers (superscript digits) that the text conversion left in.
    private static string Normalise(string text) =>
        string.Join('\n', text.Split('\n').Select(l => Spaces().Replace(Superscripts().Replace(l, ""), " ").Trim()));

    [GeneratedRegex(@"^\| (?<id>\d\.\d\.\d) \| (?<text>.+?) \|$", RegexOptions.Multiline)]
    private static partial Regex ApcClaimRow();

    [GeneratedRegex(@"^(\d\.\d) (Ensure|Encourage|Make|Provide) ")]
    private static partial Regex DraftProvisionLine();

    [GeneratedRegex("[¹²³⁰⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
