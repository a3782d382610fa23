using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.EndToEnd;

/// <summary>
/// The first-run journey in a real headless browser (Debian's chromium, never a downloaded one): setup link, password,
/// TOTP enrolment with a code computed from the shown key, organisation, product. Screenshots go to
/// TestResults/screenshots/. The page must raise no Content-Security-Policy violation.
/// </summary>
public sealed class FirstRunBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task First_run_setup_with_MFA_then_an_organisation_and_a_product_in_a_browser()
    {
        if (!File.Exists(Chromium))
        {
            ConformanceReport.Record(output, "browser end-to-end tests", 0, 1, [$"{Chromium} is not installed: the browser tests did not run"]);
            Assert.True(Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_BROWSER") != "1", $"{Chromium} is required (CODEASSURE_REQUIRE_BROWSER=1)");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var screenshots = Path.Combine(ConformanceData.RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(server.SetupLink!.ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "01-setup.png"), FullPage = true });
        await page.FillAsync("#Email", Scenario.AdminEmail);
        await page.FillAsync("#Password", Scenario.Password);
        await page.FillAsync("#ConfirmPassword", Scenario.Password);
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync("**/account/enrol-mfa");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "02-enrol-mfa.png"), FullPage = true });
        Assert.True(await page.Locator("img.qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code image did not render");
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("button[type=submit] >> text=Turn on MFA");

        await page.WaitForURLAsync(server.BaseAddress.ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "03-home.png"), FullPage = true });
        await page.FillAsync("#Name", "Example Software Ltd");
        await page.FillAsync("#Slug", "example");
        await page.SelectOptionAsync("#StakeholderRole", "developer-distributor");
        await page.ClickAsync("button >> text=Create organisation");

        await page.WaitForURLAsync("**/orgs/example");
        await page.FillAsync("#Name", "Widget Server");
        await page.FillAsync("#Description", "Our flagship product");
        await page.ClickAsync("button >> text=Add product");

        await page.WaitForURLAsync("**/orgs/example/products/**");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "04-product.png"), FullPage = true });
        Assert.Equal("Widget Server", await page.TextContentAsync("h1"));
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header')).backgroundColor");
        Assert.Equal("rgb(11, 12, 12)", background);

        // Self-assessment: answer the first claim as not applicable, then see it on the page and the dashboard.
        await page.GotoAsync(new Uri(server.BaseAddress, "/orgs/example/assessment").ToString());
        var firstClaim = page.Locator("div.claim").First;
        await firstClaim.Locator("summary").ClickAsync();
        await firstClaim.Locator("select[name=Answer]").SelectOptionAsync("not-applicable");
        await firstClaim.Locator("textarea[name=Justification]").FillAsync("We ship no software of this kind.");
        await firstClaim.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/orgs/example/assessment");
        Assert.Contains("We ship no software of this kind.", await page.Locator("div.claim").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("1", (await page.Locator("#version-1 td").First.TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "05-assessment.png"), FullPage = true });
        await page.GotoAsync(new Uri(server.BaseAddress, "/orgs/example/dashboard").ToString());
        Assert.True(await page.Locator("figure.chart svg").CountAsync() > 0, "the dashboard shows no SVG chart");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "06-dashboard.png"), FullPage = true });
        Assert.Empty(violations);
    }
}
