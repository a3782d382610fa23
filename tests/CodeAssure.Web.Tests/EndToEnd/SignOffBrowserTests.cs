using System.Net;
using System.Security.Cryptography;
using System.Text;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.EndToEnd;

/// <summary>
/// Evidence upload and SRO sign-off in a real headless browser (Debian's chromium): the Owner uploads a file and sees
/// its SHA-256, adds a Senior Responsible Owner on the Members page and signs out; the SRO signs in, is made to enrol
/// TOTP, signs the assessment off, and the next edit opens version 2. Setup and the routine answers go over HTTP (the
/// first-run test covers those pages); what this test is about happens in the browser.
/// </summary>
public sealed class SignOffBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Slug = "example";
    private const string SroEmail = "sro@example.test";

    [Fact]
    public async Task The_owner_uploads_evidence_and_adds_an_SRO_who_enrols_MFA_and_signs_off_in_a_browser()
    {
        if (!File.Exists(Chromium))
        {
            ConformanceReport.Record(output, "browser sign-off test", 0, 1, [$"{Chromium} is not installed: the browser test did not run"]);
            Assert.True(Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_BROWSER") != "1", $"{Chromium} is required (CODEASSURE_REQUIRE_BROWSER=1)");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var screenshots = Path.Combine(ConformanceData.RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, Slug);

        // Every applicable claim but the last answered validly; the SRO answers the last one on the page.
        const string api = $"/api/v1/orgs/{Slug}/assessment";
        var claims = await AssessmentTests.ClaimIdsAsync(owner, api);
        Assert.True(claims.Count > 1, "the catalogue has fewer than two claims");
        foreach (var claim in claims[..^1])
        {
            using var answered = await AssessmentTests.PutJsonAsync(owner, $"{api}/claims/{claim}", new { answer = "met", argument = "Reviewed in the design review.", owner = "Ann" });
            Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        await using var context = await browser.NewContextAsync();
        // The Owner's session (signed in with MFA over HTTP) carries over into the browser.
        await context.AddCookiesAsync(owner.Cookies.GetCookies(server.BaseAddress).Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = server.BaseAddress.ToString() }));
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var assessmentPage = new Uri(server.BaseAddress, $"/orgs/{Slug}/assessment").ToString();

        // Evidence: a file through the page's file input, attached to the first claim; the page shows its SHA-256.
        var file = Encoding.UTF8.GetBytes("# Threat model\n\nReviewed by the design authority on 2026-11-01.\n");
        await page.GotoAsync(assessmentPage);
        await page.SetInputFilesAsync("#file-upload", new FilePayload { Name = "threat-model.md", MimeType = "text/markdown", Buffer = file });
        await page.FillAsync("#file-title", "Threat model");
        await page.FillAsync("#file-claim", claims[0]);
        await page.ClickAsync("button >> text=Upload");
        await page.WaitForURLAsync("**/orgs/example/assessment");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "05-evidence.png"), FullPage = true });
        var evidenceRow = page.Locator("tr", new() { HasText = "threat-model.md" });
        Assert.Equal(1, await evidenceRow.CountAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), (await evidenceRow.Locator("code").Nth(1).TextContentAsync())?.Trim());
        Assert.Contains("Evidence: Threat model", await page.Locator("div.claim").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("button >> text=Sign off version 1").CountAsync());

        // The Owner adds the SRO with an initial password, then signs out.
        await page.GotoAsync(new Uri(server.BaseAddress, $"/orgs/{Slug}/members").ToString());
        await page.FillAsync("#Email", SroEmail);
        await page.SelectOptionAsync("#Role", "Sro");
        await page.FillAsync("#InitialPassword", Scenario.Password);
        await page.ClickAsync("button >> text=Add member");
        await page.WaitForURLAsync("**/orgs/example/members");
        Assert.Contains("Sro", await page.Locator("tr", new() { HasText = SroEmail }).TextContentAsync(), StringComparison.Ordinal);
        await page.ClickAsync("header button >> text=Sign out");
        await page.WaitForURLAsync("**/account/login");

        // The SRO signs in and cannot go on before enrolling TOTP.
        await page.FillAsync("#Email", SroEmail);
        await page.FillAsync("#Password", Scenario.Password);
        await page.ClickAsync("button >> text=Sign in");
        await page.WaitForURLAsync("**/account/enrol-mfa**");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "06-sro-mfa.png"), FullPage = true });
        await page.GotoAsync(assessmentPage);
        Assert.Contains("/account/enrol-mfa", page.Url, StringComparison.Ordinal);
        var key = (await page.TextContentAsync("#authenticator-key"))!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await page.ClickAsync("button[type=submit] >> text=Turn on MFA");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));

        // Sign-off is refused, with the reason, while a claim is unanswered.
        await page.GotoAsync(assessmentPage);
        Assert.False(string.IsNullOrWhiteSpace(await page.InputValueAsync("#acknowledgement")));
        await page.ClickAsync("button >> text=Sign off version 1");
        var refusal = await page.Locator("[role=alert]").TextContentAsync();
        Assert.Contains("cannot be signed off", refusal, StringComparison.Ordinal);
        Assert.Contains(claims[^1], refusal, StringComparison.Ordinal);
        await page.GotoAsync(assessmentPage);
        Assert.Contains("draft", await page.TextContentAsync("main p"), StringComparison.Ordinal);

        // The SRO answers the last claim, then signs off with the acknowledgement the page offers.
        var lastClaim = page.Locator("div.claim").Last;
        Assert.Contains(claims[^1], await lastClaim.TextContentAsync(), StringComparison.Ordinal);
        await lastClaim.Locator("summary").ClickAsync();
        await lastClaim.Locator("select[name=Answer]").SelectOptionAsync("met");
        await lastClaim.Locator("textarea[name=Argument]").FillAsync("Checked by the SRO.");
        await lastClaim.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/orgs/example/assessment");
        await page.ClickAsync("button >> text=Sign off version 1");
        await page.WaitForURLAsync("**/orgs/example/assessment");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "07-signed-off.png"), FullPage = true });
        Assert.Contains($"Version 1 was signed off by {SroEmail}", await page.TextContentAsync("main"), StringComparison.Ordinal);
        Assert.Contains("signed off — the next change opens version 2", await page.TextContentAsync("main"), StringComparison.Ordinal);
        Assert.Equal("signed-off", (await page.Locator("#version-1 td").Nth(1).TextContentAsync())?.Trim());
        Assert.Equal(0, await page.Locator("button >> text=Sign off version 1").CountAsync());

        // An edit after sign-off opens version 2 as a draft; version 1 stays signed off.
        var firstClaim = page.Locator("div.claim").First;
        await firstClaim.Locator("summary").ClickAsync();
        await firstClaim.Locator("textarea[name=Argument]").FillAsync("Reviewed again after the release.");
        await firstClaim.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/orgs/example/assessment");
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "08-version-2.png"), FullPage = true });
        Assert.Contains("Version 2", await page.TextContentAsync("main"), StringComparison.Ordinal);
        Assert.Equal("draft", (await page.Locator("#version-2 td").Nth(1).TextContentAsync())?.Trim());
        Assert.Equal("signed-off", (await page.Locator("#version-1 td").Nth(1).TextContentAsync())?.Trim());
        Assert.Contains("Reviewed again after the release.", await page.Locator("#version-2").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("button >> text=Sign off version 2").CountAsync());
        Assert.Empty(violations);
    }
}
