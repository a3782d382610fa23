using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests.Advisories;

/// <summary>The advisory pages without JavaScript: write a draft from findings, publish it, hostile text stays text.</summary>
public sealed class AdvisoryPageTests
{
    [Fact]
    public async Task A_draft_written_in_the_form_is_published_from_its_page_and_hostile_text_is_encoded()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "org-a");
        var product = Scenario.IdOf(await Scenario.CreateProductAsync(owner, "org-a", "Widget"));
        var release = await Scenario.AddReleaseAsync(owner, "org-a", product, "2.0.0");
        var finding = await Scenario.SeedFindingAsync(server, "org-a", product, release, "CVE-2026-4242", FindingStatus.Affected,
            summary: "<img src=x onerror=alert(2)>");
        const string Hostile = "<script>alert(1)</script> in Widget";

        Assert.Contains("CVE-2026-4242", await owner.GetPageAsync("/orgs/org-a/advisories/new"), StringComparison.Ordinal);
        using var created = await owner.PostFormAsync("/orgs/org-a/advisories/new", new Dictionary<string, string>
        {
            ["Title"] = Hostile, ["Summary"] = "Update to 2.0.1.", ["FindingIds"] = finding.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var detailPath = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/orgs/org-a/advisories/", detailPath, StringComparison.Ordinal);

        var detail = await owner.GetPageAsync(detailPath);
        Assert.DoesNotContain("<script>alert(1)", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", detail, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", detail, StringComparison.Ordinal);
        Assert.Contains("passes the CSAF 2.0 schema", detail, StringComparison.Ordinal);
        Assert.Contains("Publish advisory", detail, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/orgs/org-a/releases/{release}/vex?format=openvex", detail, StringComparison.Ordinal);

        using var engineer = await Scenario.AddMemberAndSignInAsync(server, owner, "org-a", "eng@a.test", "Engineer");
        await Scenario.EnrolMfaAsync(engineer);
        Assert.DoesNotContain("Publish advisory", await engineer.GetPageAsync(detailPath), StringComparison.Ordinal);
        using var engineerPublish = await engineer.PostFormAsync(detailPath, new Dictionary<string, string>(), detailPath + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Forbidden, engineerPublish.StatusCode);

        using var published = await owner.PostFormAsync(detailPath, new Dictionary<string, string>(), detailPath + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var list = await owner.GetPageAsync("/orgs/org-a/advisories");
        Assert.Contains("Published", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", list, StringComparison.Ordinal);
        Assert.Contains("Publish a revision", await owner.GetPageAsync(detailPath), StringComparison.Ordinal);

        using var empty = await owner.PostFormAsync("/orgs/org-a/advisories/new", new Dictionary<string, string> { ["Title"] = "No findings" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Choose at least one finding.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
