using CodeAssure.Data.Entities;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.Portal;

/// <summary>
/// Every trust-portal page in a real headless browser (Debian's chromium): axe-core finds no WCAG 2.0/2.1/2.2 A or AA
/// violation, the pages carry no script, and a keyboard user reaches the skip link first and navigates without JavaScript.
/// </summary>
public sealed class PortalAccessibilityBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Every_portal_page_passes_axe_with_no_WCAG_A_or_AA_violation_and_works_without_JavaScript()
    {
        if (!File.Exists(Chromium))
        {
            ConformanceReport.Record(output, "portal accessibility (axe)", 0, 1, [$"{Chromium} is not installed: the browser test did not run"]);
            Assert.True(Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_BROWSER") != "1", $"{Chromium} is required (CODEASSURE_REQUIRE_BROWSER=1)");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, "vendor");
        var productId = Guid.Parse((await Scenario.CreateProductAsync(owner, "vendor", "Example Server")).GetProperty("id").GetString()!);
        await Scenario.CreateProductAsync(owner, "vendor", "Example Client");
        var orgId = await Scenario.OrganisationIdAsync(server, "vendor");
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await Scenario.AddRowsAsync(server,
            new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = orgId, ProductId = productId, Versions = "2.x", Level = SupportLevel.Full, StartsOn = today.AddYears(-1), EndsOn = today.AddYears(1), UpdatedAt = now },
            new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = orgId, ProductId = productId, Versions = "1.x", Level = SupportLevel.None, StartsOn = today.AddYears(-1), UpdatedAt = now },
            new Release { Id = Guid.NewGuid(), OrganisationId = orgId, ProductId = productId, Version = "2.4.1", ReleasedOn = today },
            Scenario.NewAdvisory(orgId, "EXV-2026-0001", "Heap overflow in Example Server", Scenario.CsafDocument("EXV-2026-0001", "Heap overflow in Example Server"), [productId]),
            new Incident
            {
                Id = Guid.NewGuid(), OrganisationId = orgId, Reference = "INC-2026-004", Title = "Build server compromise", Severity = FindingSeverity.High,
                Status = IncidentStatus.Resolved, StartedAt = now.AddDays(-3), DetectedAt = now.AddDays(-2), ResolvedAt = now, PublicSummary = "No customer data was accessed.",
                Published = true, UpdatedAt = now,
            },
            new DisclosurePolicy { OrganisationId = orgId, Contacts = "mailto:security@vendor.test", AcknowledgeWithinDays = 3, TriageWithinDays = 10, ReportFormEnabled = true, UpdatedAt = now },
            Scenario.SignedOffAssessment(orgId, "Sam Sro", now.AddDays(-1)));

        string[] pages =
        [
            "/trust/vendor", $"/trust/vendor/products/{productId}", "/trust/vendor/advisories", "/trust/vendor/advisories/EXV-2026-0001",
            "/trust/vendor/incidents", "/trust/vendor/assessment",
        ];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

        // axe is injected by the test, so the page's CSP (which allows no inline script) is bypassed for it only.
        await using var axeContext = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await axeContext.NewPageAsync();
        var failures = new List<string>();
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } };
        foreach (var path in pages)
        {
            await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            Assert.Equal(0, await page.Locator("script").CountAsync());
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var result = await page.RunAxe(options);
            Assert.NotEmpty(result.Passes); // axe really ran its rules on the page
            foreach (var violation in result.Violations)
            {
                var nodes = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html));
                failures.Add($"{path}: {violation.Id} ({violation.Impact}) {violation.Help} — {nodes}");
            }
        }

        ConformanceReport.Record(output, "portal accessibility (axe, WCAG 2.x A/AA + 2.2 AA)", pages.Length - failures.Select(f => f.Split(':')[0]).Distinct().Count(), pages.Length, failures);
        Assert.Empty(failures);

        // Without JavaScript: the first Tab reaches the skip link, and the navigation works.
        await using var plain = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var noScript = await plain.NewPageAsync();
        await noScript.GotoAsync(new Uri(server.BaseAddress, "/trust/vendor").ToString());
        await noScript.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", (await noScript.Locator(":focus").TextContentAsync())?.Trim());
        await noScript.ClickAsync("nav >> text=Security advisories");
        await noScript.WaitForURLAsync("**/trust/vendor/advisories");
        Assert.Equal("page", await noScript.Locator("nav a[aria-current]").GetAttributeAsync("aria-current"));
        await noScript.ClickAsync("text=EXV-2026-0001");
        await noScript.WaitForURLAsync("**/trust/vendor/advisories/EXV-2026-0001");
        Assert.Contains("CVE-2026-12345", await noScript.TextContentAsync("main"), StringComparison.Ordinal);
    }
}
