using System.Net;
using System.Net.Http.Headers;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests.Portal;

/// <summary>What each portal page shows, from rows seeded in the database; hostile text stays text.</summary>
public sealed class PortalContentTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_show_products_support_today_advisories_incidents_and_the_signed_off_assessment(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database, new FixedTime(Now));
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var productId = Guid.Parse((await Scenario.CreateProductAsync(owner, "vendor", "Example Server")).GetProperty("id").GetString()!);
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        await Scenario.AddRowsAsync(server,
            Period(orgId, productId, "2.x", SupportLevel.Full, new DateOnly(2025, 1, 1), new DateOnly(2027, 6, 30)),
            Period(orgId, productId, "1.x", SupportLevel.SecurityFixesOnly, new DateOnly(2023, 1, 1), new DateOnly(2026, 6, 14)),
            Period(orgId, productId, "1.x", SupportLevel.None, new DateOnly(2026, 6, 15), null),
            Period(orgId, productId, "3.x", SupportLevel.Full, new DateOnly(2027, 1, 1), null),
            new Release { Id = Guid.NewGuid(), OrganisationId = orgId, ProductId = productId, Version = "2.4.1", ReleasedOn = new DateOnly(2026, 3, 3) },
            Scenario.NewAdvisory(orgId, "EXV-2026:0001", "Heap overflow in Example Server", Scenario.CsafDocument("EXV-2026:0001", "Heap overflow in Example Server"), [productId]),
            Scenario.NewAdvisory(orgId, "EXV-2026-0002", "Draft not for customers", Scenario.CsafDocument("EXV-2026-0002", "Draft"), [productId], AdvisoryStatus.Draft),
            new Incident
            {
                Id = Guid.NewGuid(), OrganisationId = orgId, Reference = "INC-2026-004", Title = "Build server compromise", Description = "internal notes only",
                Severity = FindingSeverity.High, Status = IncidentStatus.Resolved, StartedAt = Now.AddDays(-20), DetectedAt = Now.AddDays(-19), ResolvedAt = Now.AddDays(-10),
                PublicSummary = "No customer data was accessed.", Published = true, AffectedCustomers = "Council X", UpdatedAt = Now,
            },
            new Incident
            {
                Id = Guid.NewGuid(), OrganisationId = orgId, Reference = "INC-2026-005", Title = "Unpublished incident", Severity = FindingSeverity.Low,
                Status = IncidentStatus.Investigating, StartedAt = Now, DetectedAt = Now, Published = false, UpdatedAt = Now,
            },
            new DisclosurePolicy { OrganisationId = orgId, Contacts = "mailto:security@vendor.test", AcknowledgeWithinDays = 3, TriageWithinDays = 10, ReportFormEnabled = true, UpdatedAt = Now },
            Scenario.SignedOffAssessment(orgId, "Sam Sro", Now.AddDays(-5)));
        using var anonymous = server.NewClient();

        var overview = await anonymous.GetPageAsync("/trust/vendor");
        Assert.Contains("<h1>Org vendor: security and support</h1>", overview, StringComparison.Ordinal);
        Assert.Contains("Full support", overview, StringComparison.Ordinal);
        Assert.Contains("until 2027-06-30", overview, StringComparison.Ordinal);
        Assert.Contains("Not supported", overview, StringComparison.Ordinal);   // 1.x from today
        Assert.DoesNotContain("Security fixes only", overview, StringComparison.Ordinal); // ended yesterday
        Assert.Contains("href=\"/trust/vendor/report\"", overview, StringComparison.Ordinal);
        Assert.Contains("Heap overflow in Example Server", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft not for customers", overview, StringComparison.Ordinal);
        Assert.Contains("Build server compromise", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Unpublished incident", overview, StringComparison.Ordinal);
        Assert.Contains("Sam Sro", overview, StringComparison.Ordinal);
        Assert.Equal(1, Count(overview, "<h1"));

        var product = await anonymous.GetPageAsync($"/trust/vendor/products/{productId}");
        Assert.Contains("Security fixes only", product, StringComparison.Ordinal);
        Assert.Contains("Announced", product, StringComparison.Ordinal);
        Assert.Contains("2.4.1", product, StringComparison.Ordinal);
        Assert.Contains("EXV-2026:0001", product, StringComparison.Ordinal);
        Assert.DoesNotContain("EXV-2026-0002", product, StringComparison.Ordinal);

        var list = await anonymous.GetPageAsync("/trust/vendor/advisories");
        Assert.Contains("href=\"/trust/vendor/advisories/EXV-2026%3A0001\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("EXV-2026-0002", list, StringComparison.Ordinal);

        var advisory = await anonymous.GetPageAsync("/trust/vendor/advisories/EXV-2026%3A0001");
        Assert.Contains("CVE-2026-12345", advisory, StringComparison.Ordinal);
        Assert.Contains("CWE-787", advisory, StringComparison.Ordinal);
        Assert.Contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", advisory, StringComparison.Ordinal);
        Assert.Contains("7.5", advisory, StringComparison.Ordinal);
        Assert.Contains("Example Server 2.4.0", advisory, StringComparison.Ordinal); // product id resolved to its name
        Assert.Contains("Upgrade to 2.4.1.", advisory, StringComparison.Ordinal);
        Assert.Contains("Added the fixed version.", advisory, StringComparison.Ordinal);
        // CSAF 2.0 §5.1: lower case, every run of other characters becomes one underscore; folder = initial release year.
        Assert.Contains("href=\"/trust/vendor/csaf/2026/exv-2026_0001.json\"", advisory, StringComparison.Ordinal);

        var incidents = await anonymous.GetPageAsync("/trust/vendor/incidents");
        Assert.Contains("No customer data was accessed.", incidents, StringComparison.Ordinal);
        Assert.DoesNotContain("internal notes only", incidents, StringComparison.Ordinal);
        Assert.DoesNotContain("Council X", incidents, StringComparison.Ordinal);

        var assessment = await anonymous.GetPageAsync("/trust/vendor/assessment");
        Assert.Contains("Sam Sro", assessment, StringComparison.Ordinal);
        Assert.Matches("<code class=\"digest\">[0-9a-f]{64}</code>", assessment);
        Assert.Contains("scope=\"row\">1.1 ", assessment, StringComparison.Ordinal);
        Assert.Contains("href=\"/trust/vendor/attestations\"", assessment, StringComparison.Ordinal);
        // Principle 1.1's first claim is not met and its second is not applicable; the rest are met.
        Assert.Matches(@"scope=""row"">1\.1 [^<]*</th>\s*<td>\d+</td><td>0</td><td>1</td><td>1</td>", assessment);
    }

    [Fact]
    public async Task Unknown_or_draft_advisories_unknown_products_and_unknown_portals_are_404()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        await Scenario.AddRowsAsync(server, Scenario.NewAdvisory(orgId, "EXV-DRAFT", "Draft", Scenario.CsafDocument("EXV-DRAFT", "Draft"), status: AdvisoryStatus.Draft));
        using var anonymous = server.NewClient();

        foreach (var path in new[]
                 {
                     "/trust/vendor/advisories/EXV-NOPE", "/trust/vendor/advisories/EXV-DRAFT", $"/trust/vendor/products/{Guid.NewGuid()}",
                     "/trust/vendor/products/not-a-guid", "/trust/nobody", "/trust/nobody/advisories", "/trust/" + new string('a', 200),
                     "/trust/vendor/advisories/" + new string('x', 500), "/trust/vendor/advisories/%3Cscript%3E",
                 })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Hostile_text_in_titles_summaries_notes_and_names_is_shown_encoded()
    {
        const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        var productId = Guid.Parse((await Scenario.CreateProductAsync(owner, "vendor", "Server " + Hostile)).GetProperty("id").GetString()!);
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        await Scenario.AddRowsAsync(server,
            Scenario.NewAdvisory(orgId, "EXV-1", "Title " + Hostile, Scenario.CsafDocument("EXV-1", "Title " + Hostile, "Note " + Hostile), [productId]),
            new Incident
            {
                Id = Guid.NewGuid(), OrganisationId = orgId, Reference = "INC-" + Hostile, Title = "Incident " + Hostile, Severity = FindingSeverity.Medium,
                StartedAt = DateTimeOffset.UtcNow, DetectedAt = DateTimeOffset.UtcNow, PublicSummary = "Summary " + Hostile, Published = true, UpdatedAt = DateTimeOffset.UtcNow,
            });
        using var anonymous = server.NewClient();

        foreach (var path in new[] { "/trust/vendor", "/trust/vendor/advisories", "/trust/vendor/advisories/EXV-1", "/trust/vendor/incidents", $"/trust/vendor/products/{productId}" })
        {
            var html = await anonymous.GetPageAsync(path);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_stored_document_that_is_not_CSAF_still_gives_a_page_that_says_so()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        await Scenario.AddRowsAsync(server,
            Scenario.NewAdvisory(orgId, "EXV-TRUNC", "Truncated", Scenario.CsafDocument("EXV-TRUNC", "Truncated")[..200]),
            Scenario.NewAdvisory(orgId, "EXV-ARRAY", "Array", "[1,2,3]"),
            Scenario.NewAdvisory(orgId, "EXV-DEEP", "Deep", new string('[', 5000) + new string(']', 5000)),
            Scenario.NewAdvisory(orgId, "EXV-SHAPE", "Shape", "{\"document\":{\"tracking\":{\"revision_history\":\"no\"}}}"));
        using var anonymous = server.NewClient();

        foreach (var id in new[] { "EXV-TRUNC", "EXV-ARRAY", "EXV-DEEP", "EXV-SHAPE" })
        {
            var html = await anonymous.GetPageAsync("/trust/vendor/advisories/" + id);
            Assert.Contains("could not be shown here", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_cached_page_changes_when_an_advisory_is_published_and_answers_304_to_its_ETag()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        using var anonymous = server.NewClient();

        using var first = await anonymous.GetAsync("/trust/vendor/advisories");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("No security advisories have been published.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/trust/vendor/advisories"))
        {
            request.Headers.IfNoneMatch.Add(etag);
            using var revalidated = await anonymous.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        await Scenario.AddRowsAsync(server, Scenario.NewAdvisory(orgId, "EXV-NEW", "Newly published advisory", Scenario.CsafDocument("EXV-NEW", "Newly published advisory")));

        // The portal re-reads its data at most once a second; the new advisory must appear once it has.
        string html;
        var attempts = 0;
        do
        {
            await Task.Delay(250);
            html = await anonymous.GetPageAsync("/trust/vendor/advisories");
        }
        while (!html.Contains("Newly published advisory", StringComparison.Ordinal) && ++attempts < 40);
        Assert.Contains("Newly published advisory", html, StringComparison.Ordinal);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/trust/vendor/advisories");
        stale.Headers.IfNoneMatch.Add(etag);
        using var changed = await anonymous.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    private static SupportPeriod Period(Guid org, Guid product, string versions, SupportLevel level, DateOnly starts, DateOnly? ends) => new()
    {
        Id = Guid.NewGuid(), OrganisationId = org, ProductId = product, Versions = versions, Level = level, StartsOn = starts, EndsOn = ends, UpdatedAt = Now,
    };

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
