using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Disclosure;

/// <summary>The public report form: a report becomes a triage item and an acknowledgement; spam and hostile input are refused.</summary>
public sealed class ReportFormTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_creates_the_report_a_finding_and_an_acknowledgement_email_with_the_tracking_reference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await StartAsync(database);
        var (orgId, products) = await Scenario.SeedDisclosureAsync(server, "acme", products: 2);
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[1]);
        using var response = await Scenario.PostReportAsync(client, "acme", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = System.Text.RegularExpressions.Regex.Match(html, "id=\"tracking-reference\">(VDP-\\d{4}-[0-9A-Z]{6})<").Groups[1].Value;
        Assert.Matches("^VDP-\\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$", reference);
        await using var db = server.OpenDatabase();
        var report = await db.DisclosureReports.SingleAsync();
        Assert.Equal(reference, report.TrackingReference);
        Assert.Equal(orgId, report.OrganisationId);
        Assert.Equal("ada@example.org", report.ReporterEmail);
        Assert.Equal("Ada", report.ReporterName);
        Assert.Equal(products[1], report.ProductId);
        Assert.Equal("high", report.SeverityGuess);
        Assert.Equal(DisclosureReportStatus.Received, report.Status);
        Assert.DoesNotContain("127.0.0.1", report.SourceHash, StringComparison.Ordinal);
        var finding = await db.Findings.SingleAsync();
        Assert.Equal(report.FindingId, finding.Id);
        Assert.Equal(reference, finding.VulnerabilityId);
        Assert.Equal(FindingSource.Report, finding.Source);
        Assert.Equal(FindingStatus.UnderInvestigation, finding.Status);
        Assert.Equal(FindingSeverity.Unknown, finding.Severity);
        Assert.Equal(products[1], finding.ProductId);
        var email = await db.Outbox.SingleAsync();
        Assert.Equal(OutboxChannel.Email, email.Channel);
        Assert.Equal("ada@example.org", email.Target);
        Assert.Contains(reference, email.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, email.Body, StringComparison.Ordinal);
        Assert.Contains("within 3 working day(s)", email.Body, StringComparison.Ordinal);
        Assert.Contains("/trust/acme/report/status", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_shows_the_policy_and_is_404_when_closed_or_unpublished()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        await Scenario.SeedDisclosureAsync(server, "acme", visibility: PortalVisibility.CustomersOnly);
        await Scenario.SeedDisclosureAsync(server, "closed", reportForm: false);
        using var client = server.NewClient();

        var html = await client.GetPageAsync("/trust/acme/report");
        using var closed = await client.GetAsync("/trust/closed/report");
        using var unknown = await client.GetAsync("/trust/nobody/report");
        using var closedStatus = await client.GetAsync("/trust/closed/report/status");

        Assert.Contains("We will not take legal action over good-faith research.", html, StringComparison.Ordinal);
        Assert.Contains("Not: third-party services.", html, StringComparison.Ordinal);
        Assert.Contains("within 3 working day(s)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, closedStatus.StatusCode);
    }

    [Fact]
    public async Task A_filled_in_honeypot_is_refused_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        form["Website"] = "http://spam.example";
        using var response = await Scenario.PostReportAsync(client, "acme", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("refused as automated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(server);
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_could_is_refused_and_accepted_once_enough_time_has_passed()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database, clock, ("Trust:ReportMinimumFillSeconds", "30"));
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        using var tooFast = await Scenario.PostReportAsync(client, "acme", form);
        var tooFastHtml = await tooFast.Content.ReadAsStringAsync();
        clock.Advance(TimeSpan.FromSeconds(31));
        using var later = await Scenario.PostReportAsync(client, "acme", form);

        Assert.Equal(HttpStatusCode.BadRequest, tooFast.StatusCode);
        Assert.Contains("sent too quickly", tooFastHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(1, await db.DisclosureReports.CountAsync());
    }

    [Fact]
    public async Task A_replayed_or_forged_form_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        await Scenario.SeedDisclosureAsync(server, "other");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        using var first = await Scenario.PostReportAsync(client, "acme", form);
        using var replay = await Scenario.PostReportAsync(client, "acme", form);
        var forged = new Dictionary<string, string>(form) { ["Stamp"] = "CfDJ8forged" };
        using var forgedResponse = await Scenario.PostReportAsync(client, "acme", forged);
        var otherForm = await FilledFormAsync(client, "other", Guid.Empty);
        otherForm["Stamp"] = form["Stamp"];
        using var wrongOrganisation = await Scenario.PostReportAsync(client, "other", otherForm);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("already been sent", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forgedResponse.StatusCode);
        Assert.Contains("could not be verified", await forgedResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongOrganisation.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(1, await db.DisclosureReports.CountAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        form.Remove("__RequestVerificationToken");
        using var response = await Scenario.PostReportAsync(client, "acme", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("security token is missing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(server);
    }

    [Theory]
    [InlineData("ReporterEmail", "", "Your email address is required")]
    [InlineData("ReporterEmail", "not-an-address", "must be a single address")]
    [InlineData("ReporterEmail", "Ada <ada@example.org>", "must be a single address")]
    [InlineData("ReporterEmail", "ada@example.org\r\nBcc: victim@example.org", "must not contain control characters")]
    [InlineData("Title", "", "The title is required")]
    [InlineData("Title", "line\nbreak", "must not contain control characters")]
    [InlineData("Description", "   ", "The description is required")]
    [InlineData("Description", "bell\u0007", "must not contain control characters")]
    [InlineData("ProductId", "", "Choose the product")]
    [InlineData("ProductId", "00000000-0000-0000-0000-000000000001", "Choose the product")]
    [InlineData("SeverityGuess", "apocalyptic", "The severity must be one of")]
    [InlineData("ReporterName", "x\u0001", "must not contain control characters")]
    public async Task A_missing_or_malformed_field_is_refused_with_a_message_and_the_form_keeps_its_text(string field, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        form[field] = value;
        using var response = await Scenario.PostReportAsync(client, "acme", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains(field == "Description" ? "Stored XSS in the comments" : "Step one: open the login page.", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync(server);
    }

    [Fact]
    public async Task An_oversized_description_or_body_is_refused_and_the_server_keeps_serving()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        form["Description"] = new string('a', 20_001);
        using var tooLong = await Scenario.PostReportAsync(client, "acme", form);
        form["Description"] = new string('a', 2_000_000);
        HttpStatusCode? hugeStatus;
        string? hugeBody;
        try
        {
            using var huge = await Scenario.PostReportAsync(client, "acme", form);
            hugeStatus = huge.StatusCode;
            hugeBody = await huge.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException)
        {
            (hugeStatus, hugeBody) = (null, null); // the server may close the connection before reading a body over its limit
        }

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 20,000 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Over the body limit: the form's own 413 message (or a closed connection, when the server stops reading first).
        Assert.True(hugeStatus is null || hugeStatus == HttpStatusCode.RequestEntityTooLarge, $"status {hugeStatus}");
        if (hugeBody is not null)
        {
            Assert.Contains("The report is too large", hugeBody, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('a', 100), hugeBody, StringComparison.Ordinal);
        }

        await AssertNothingStoredAsync(server);
        using var fresh = server.NewClient();
        var html = await fresh.GetPageAsync("/trust/acme/report");
        Assert.Contains("Send report", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Description")]
    [InlineData("Website")]
    public async Task A_nul_character_in_any_field_is_refused_and_nothing_is_stored(string field)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", products[0]);
        form[field] = "zqxbefore\u0000zqxafter";
        using var response = await Scenario.PostReportAsync(client, "acme", form);
        var html = await response.Content.ReadAsStringAsync();

        // The form's own page answers, with its message and without echoing what was sent.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contains a NUL or another character that is not allowed", html, StringComparison.Ordinal);
        Assert.Contains("Send report", html, StringComparison.Ordinal);
        Assert.DoesNotContain("zqx", html, StringComparison.Ordinal);
        await AssertNothingStoredAsync(server);
        Assert.Contains("Send report", await client.GetPageAsync("/trust/acme/report"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_the_forms_own_message_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();
        var form = await FilledFormAsync(client, "acme", products[0]);
        form["Description"] = new string('a', 600_000);
        using var encoded = new FormUrlEncodedContent(form);
        var bytes = await encoded.ReadAsByteArrayAsync();

        // No Content-Length: the limit is only found while reading, so the handler's read must turn it into the message.
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = encoded.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/trust/acme/report", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The report is too large", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 100), html, StringComparison.Ordinal);
        await AssertNothingStoredAsync(server);
    }

    [Fact]
    public async Task A_hostile_form_posted_to_an_unknown_page_gets_the_error_page_with_its_real_status()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        using var client = server.NewClient();

        // The error page re-executes with the original POST body; it must not read that form again to learn the status.
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "a\u0000b" });
        using var response = await client.Http.PostAsync(new Uri("/trust/nobody/report", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_any_field_is_stored_as_text_and_always_rendered_encoded()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var owner = await Scenario.SetUpAdministratorAsync(server);
        await using (var db = server.OpenDatabase())
        {
            var user = await db.Users.SingleAsync();
            db.Memberships.Add(new Membership { Id = Guid.NewGuid(), OrganisationId = (await db.Organisations.SingleAsync()).Id, UserId = user.Id, Role = OrganisationRole.Owner });
            await db.SaveChangesAsync();
        }

        using var client = server.NewClient();
        const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var form = await FilledFormAsync(client, "acme", products[0]);
        form["ReporterName"] = Payload;
        form["Title"] = Payload;
        form["Description"] = Payload + "\n\"quoted\" & more";
        using var response = await Scenario.PostReportAsync(client, "acme", form);
        var confirmation = await response.Content.ReadAsStringAsync();
        var list = await owner.GetPageAsync("/orgs/acme/disclosure/reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using (var db = server.OpenDatabase())
        {
            var report = await db.DisclosureReports.SingleAsync();
            Assert.Equal(Payload, report.Title);
            Assert.Equal(Payload, report.ReporterName);
        }

        foreach (var html in new[] { confirmation, list })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flood_from_one_address_gets_429_with_a_readable_page()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database, null, ("Trust:ReportsPerAddressPerHour", "3"));
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var statuses = new List<HttpStatusCode>();
        string lastHtml = "";
        for (var i = 0; i < 5; i++)
        {
            var form = await FilledFormAsync(client, "acme", products[0]);
            using var response = await Scenario.PostReportAsync(client, "acme", form);
            statuses.Add(response.StatusCode);
            lastHtml = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many attempts", lastHtml, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(3, await db.DisclosureReports.CountAsync());
        // Reading the form is not limited: a person can still see the policy and contacts.
        Assert.Contains("Send report", await client.GetPageAsync("/trust/acme/report"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_over_its_hourly_report_limit_answers_429_with_a_message()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database, null, ("Trust:ReportsPerOrganisationPerHour", "1"));
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        using var first = await Scenario.PostReportAsync(client, "acme", await FilledFormAsync(client, "acme", products[0]));
        using var second = await Scenario.PostReportAsync(client, "acme", await FilledFormAsync(client, "acme", products[0]));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("too many reports right now", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_products_the_report_is_kept_without_a_finding()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database);
        await Scenario.SeedDisclosureAsync(server, "acme", products: 0);
        using var client = server.NewClient();

        var form = await FilledFormAsync(client, "acme", Guid.Empty);
        using var response = await Scenario.PostReportAsync(client, "acme", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = server.OpenDatabase();
        var report = await db.DisclosureReports.SingleAsync();
        Assert.Null(report.FindingId);
        Assert.Null(report.ProductId);
        Assert.Equal(0, await db.Findings.CountAsync());
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    internal static Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider? clock = null, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Trust:ReportMinimumFillSeconds"] = "0" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ServerUnderTest.StartWithOptionsAsync(database, o => o with { Time = clock ?? TimeProvider.System, Settings = all });
    }

    internal static async Task<Dictionary<string, string>> FilledFormAsync(BrowserClient client, string slug, Guid productId)
    {
        var form = await Scenario.OpenReportFormAsync(client, slug);
        form["ReporterName"] = "Ada";
        form["ReporterEmail"] = "ada@example.org";
        form["ProductId"] = productId == Guid.Empty ? "" : productId.ToString();
        form["Title"] = "Stored XSS in the comments";
        form["Description"] = "Step one: open the login page.\nStep two: it breaks.";
        form["SeverityGuess"] = "high";
        form["Website"] = "";
        return form;
    }

    private static async Task AssertNothingStoredAsync(ServerUnderTest server)
    {
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.DisclosureReports.CountAsync());
        Assert.Equal(0, await db.Findings.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
    }
}
