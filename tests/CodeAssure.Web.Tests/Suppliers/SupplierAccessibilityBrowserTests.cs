using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>
/// The supplier register's pages in a real headless browser (Debian's chromium), filled with an imported attestation,
/// an advisory alert and support data: axe-core finds no WCAG 2.x A or AA violation and the pages carry no script.
/// </summary>
public sealed class SupplierAccessibilityBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Fact]
    public async Task Every_supplier_register_page_passes_axe_with_no_WCAG_A_or_AA_violation()
    {
        if (!File.Exists(Chromium))
        {
            ConformanceReport.Record(output, "supplier register accessibility (axe)", 0, 1, [$"{Chromium} is not installed: the browser test did not run"]);
            Assert.True(Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_BROWSER") != "1", $"{Chromium} is required (CODEASSURE_REQUIRE_BROWSER=1)");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, productId) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _ = sro;
        var release = await Scenario.AddReleaseAsync(admin, "vendor", Guid.Parse(productId), "3.1.0");
        await Scenario.PublishVendorAdvisoryAsync(server, admin, "vendor", Guid.Parse(productId), release, "CVE-2026-4242", "Payroll leaks payslips");
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", Scenario.PortalOf(server, "vendor"));
        await Scenario.AddSupplierProductAsync(admin, "buyer", supplier, "Payroll", "3.1.0");
        await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, Scenario.PortalOf(server, "vendor"));
        await Scenario.SyncSupplierAsync(server, "buyer", supplier);
        Assert.NotEmpty(await Scenario.SupplierAlertsAsync(server, supplier));

        string[] pages = ["/orgs/buyer/suppliers", $"/orgs/buyer/suppliers/{supplier}", "/orgs/buyer/suppliers/compare", "/orgs/buyer/suppliers/alerts"];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

        // The signed-in session of the test's client, handed to the browser; axe is injected past the page's CSP.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        await context.AddCookiesAsync(admin.Cookies.GetCookies(server.BaseAddress).Cast<System.Net.Cookie>()
            .Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = server.BaseAddress.ToString() }));
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } };
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
            Assert.Equal(200, response?.Status);
            Assert.EndsWith(path, page.Url, StringComparison.Ordinal); // not redirected to sign-in
            Assert.Equal(0, await page.Locator("script").CountAsync());
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            var result = await page.RunAxe(options);
            Assert.NotEmpty(result.Passes);
            foreach (var violation in result.Violations)
            {
                var nodes = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html));
                failures.Add($"{path}: {violation.Id} ({violation.Impact}) {violation.Help} — {nodes}");
            }
        }

        ConformanceReport.Record(output, "supplier register accessibility (axe, WCAG 2.x A/AA + 2.2 AA)", pages.Length - failures.Select(f => f.Split(':')[0]).Distinct().Count(), pages.Length, failures);
        Assert.Empty(failures);
    }
}
