using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Data.Entities;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CodeAssure.Web.Tests.EndToEnd;

/// <summary>
/// Issue 7's whole path in a real browser (Debian's chromium): a researcher reports a vulnerability on the vendor's
/// trust portal and gets an acknowledgement email with a tracking reference; the vendor triages the finding and
/// publishes a CSAF advisory from it; a customer subscribed to the product receives the email and the signed webhook,
/// and the advisory is on the portal and in the CSAF provider. Set-up (accounts, product, subscriptions) goes over
/// HTTP; the researcher's and the vendor's steps happen in the browser.
/// </summary>
public sealed class DisclosureToAdvisoryBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Slug = "acme";
    private const string Researcher = "researcher@example.test";
    private const string CustomerEmail = "buyer@council.test";

    [Fact]
    public async Task A_reported_vulnerability_is_triaged_published_as_CSAF_and_reaches_subscribed_customers()
    {
        if (!File.Exists(Chromium))
        {
            ConformanceReport.Record(output, "browser disclosure-to-advisory test", 0, 1, [$"{Chromium} is not installed: the browser test did not run"]);
            Assert.True(Environment.GetEnvironmentVariable("CODEASSURE_REQUIRE_BROWSER") != "1", $"{Chromium} is required (CODEASSURE_REQUIRE_BROWSER=1)");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await using var smtp = new SmtpReceiver();
        await using var hooks = await WebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var settings = Scenario.NotificationSettings(smtp);
        settings.Add(new("Trust:ReportMinimumFillSeconds", "0"));
        await using var server = await ServerUnderTest.StartAsync(database, TimeProvider.System, settings);
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(owner, Slug);
        var productId = (await Scenario.CreateProductAsync(owner, Slug, "Widget Server")).GetProperty("id").GetGuid();
        await Scenario.AddReleaseAsync(owner, Slug, productId, "2.0.0");
        await Scenario.SetPortalVisibilityAsync(server, Slug, PortalVisibility.Public);
        await using (var db = server.OpenDatabase())
        {
            var organisationId = await db.Organisations.Where(o => o.Slug == Slug).Select(o => o.Id).SingleAsync();
            db.DisclosurePolicies.Add(new DisclosurePolicy
            {
                OrganisationId = organisationId, Contacts = "mailto:security@acme.example", Scope = "Widget Server.",
                SafeHarbour = "Good-faith research is welcome.", AcknowledgeWithinDays = 2, TriageWithinDays = 10,
                PreferredLanguages = "en", ReportFormEnabled = true, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // A customer subscribes to the product by email (double opt-in) and by webhook.
        using var customer = await Scenario.AddMemberAndSignInAsync(server, owner, Slug, CustomerEmail, "Customer");
        await Scenario.SubscribeAsync(customer, Slug, "email", CustomerEmail, productId.ToString());
        var secret = Scenario.WebhookSecret(await Scenario.SubscribeAsync(customer, Slug, "webhook", hooks.Url.AbsoluteUri, productId.ToString()));
        await server.DispatchAsync();
        var confirmPath = Scenario.LinkPath(Assert.Single(smtp.To(CustomerEmail)).TextBody!, $"/trust/{Slug}/confirm");
        using (var confirmed = await customer.PostFormAsync(confirmPath, new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });

        // 1. The researcher, with no account, reports through the portal's form.
        await using var researcherContext = await browser.NewContextAsync();
        var researcher = await researcherContext.NewPageAsync();
        await researcher.GotoAsync(new Uri(server.BaseAddress, $"/trust/{Slug}").ToString());
        await researcher.ClickAsync("a[href='/trust/acme/report']");
        await researcher.FillAsync("#ReporterEmail", Researcher);
        await researcher.SelectOptionAsync("#ProductId", productId.ToString());
        await researcher.FillAsync("#Title", "SQL injection in the search box");
        await researcher.FillAsync("#Description", "GET /search?q=' OR 1=1-- returns every record.");
        await researcher.ClickAsync("button >> text=Send report");
        var reference = (await researcher.TextContentAsync("#tracking-reference"))!.Trim();
        Assert.StartsWith("VDP-", reference, StringComparison.Ordinal);
        await server.DispatchAsync();
        var acknowledgement = Assert.Single(smtp.To(Researcher));
        Assert.Contains(reference, acknowledgement.TextBody!, StringComparison.Ordinal);

        // 2. The vendor triages the finding the report created: affected, then fixed in 2.0.1.
        await using var staffContext = await browser.NewContextAsync();
        await staffContext.AddCookiesAsync(owner.Cookies.GetCookies(server.BaseAddress).Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = server.BaseAddress.ToString() }));
        var staff = await staffContext.NewPageAsync();
        await staff.GotoAsync(new Uri(server.BaseAddress, $"/orgs/{Slug}/findings").ToString());
        await staff.ClickAsync($"a >> text={reference}");
        await staff.SelectOptionAsync("#Status", "affected");
        await staff.FillAsync("#StatusDetail", "Upgrade to 2.0.1.");
        await staff.ClickAsync("button >> text=Change status");
        await staff.SelectOptionAsync("#Status", "fixed");
        await staff.FillAsync("#FixedInVersion", "2.0.1");
        await staff.ClickAsync("button >> text=Change status");
        Assert.Contains("Fixed", await staff.TextContentAsync("main"), StringComparison.Ordinal);

        // 3. The vendor drafts an advisory from the finding and publishes it; publishing validates the CSAF document.
        await staff.GotoAsync(new Uri(server.BaseAddress, $"/orgs/{Slug}/advisories/new").ToString());
        await staff.CheckAsync("tr:has-text('" + reference + "') input[type=checkbox]");
        await staff.FillAsync("#Title", "Widget Server: SQL injection in search");
        await staff.FillAsync("#Summary", "A crafted search query could read every record. Upgrade to 2.0.1.");
        await staff.ClickAsync("button >> text=Create draft");
        await staff.ClickAsync("button >> text=Publish advisory");
        var published = await staff.TextContentAsync("main");
        Assert.DoesNotContain("cannot be published", published, StringComparison.OrdinalIgnoreCase);

        // 4. The customer receives the email and the signed webhook.
        var summary = await server.DispatchAsync();
        Assert.True(summary.Delivered >= 2, $"delivered {summary.Delivered}");
        var notice = Assert.Single(smtp.To(CustomerEmail), m => m.Subject!.Contains("SQL injection", StringComparison.Ordinal));
        Assert.Contains($"/trust/{Slug}/advisories/", notice.TextBody!, StringComparison.Ordinal);
        var delivery = Assert.Single(hooks.Received, d => d.Headers["X-CodeAssure-Event"] == "advisory.published");
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(delivery.Headers["X-CodeAssure-Timestamp"] + "." + delivery.Body)));
        Assert.Equal(expected, delivery.Headers["X-CodeAssure-Signature"]);
        using var payload = JsonDocument.Parse(delivery.Body);
        var link = payload.RootElement.GetProperty("link").GetString()!;

        // 5. Anyone sees the advisory on the portal and can fetch the CSAF document the provider lists.
        await researcher.GotoAsync(link);
        Assert.Contains("SQL injection", await researcher.TextContentAsync("h1"), StringComparison.Ordinal);
        using var anonymous = server.NewClient();
        var index = await anonymous.GetPageAsync($"/trust/{Slug}/csaf/index.txt");
        var path = Assert.Single(index.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var csaf = JsonDocument.Parse(await anonymous.GetPageAsync($"/trust/{Slug}/csaf/{path}"));
        var document = csaf.RootElement.GetProperty("document");
        Assert.Equal("final", document.GetProperty("tracking").GetProperty("status").GetString());
        Assert.Contains("2.0.1", csaf.RootElement.GetProperty("vulnerabilities").ToString(), StringComparison.Ordinal);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {reference} → advisory {document.GetProperty("tracking").GetProperty("id").GetString()} → {smtp.Messages.Count} emails, {hooks.Received.Count} webhook(s)"));
    }
}
