using System.Net;
using System.Text;
using CodeAssure.Checks.SecurityTxt;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests.Disclosure;

/// <summary>security.txt (RFC 9116) per organisation and at the root, checked with the project's own validator.</summary>
public sealed class SecurityTxtPublishingTests
{
    private const string PublicBase = "https://assure.example.test";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publishes_a_valid_security_txt_with_every_field_of_the_policy(string provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await StartAsync(database, clock);
        await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        foreach (var path in new[] { "/trust/acme/.well-known/security.txt", "/trust/acme/security.txt" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var result = SecurityTxtValidator.Validate(bytes, clock);

            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Empty(result.Warnings);
            var document = result.Document;
            Assert.Equal(["mailto:security@example.com", "https://example.com/security"], document.Contacts.Select(c => c.OriginalString));
            Assert.Equal(["en", "cy"], document.PreferredLanguages);
            Assert.Equal("https://example.com/pgp-key.txt", Assert.Single(document.Encryption).OriginalString);
            Assert.Equal(PublicBase + "/trust/acme/report", Assert.Single(document.Policy).OriginalString);
            Assert.Equal(PublicBase + path, Assert.Single(document.Canonical).OriginalString);
            Assert.Equal(PublicBase + "/trust/acme/.well-known/csaf/provider-metadata.json", Assert.Single(document.Csaf).OriginalString);
            var expires = Assert.NotNull(document.Expires);
            Assert.InRange(expires - clock.GetUtcNow(), TimeSpan.FromDays(180) - TimeSpan.FromSeconds(1), TimeSpan.FromDays(180));
        }
    }

    [Fact]
    public async Task Expires_is_renewed_from_the_clock_so_the_file_never_goes_stale()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database, clock, ("Trust:SecurityTxtExpiresDays", "90"));
        await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        var first = await ExpiresAsync(client, clock);
        clock.Advance(TimeSpan.FromDays(200));
        var second = await ExpiresAsync(client, clock);

        Assert.InRange(first - clock.GetUtcNow().AddDays(-200), TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1), TimeSpan.FromDays(90));
        Assert.InRange(second - clock.GetUtcNow(), TimeSpan.FromDays(90) - TimeSpan.FromSeconds(1), TimeSpan.FromDays(90));
        Assert.True(second > clock.GetUtcNow(), "a file fetched after the first Expires is still current");
    }

    [Fact]
    public async Task The_root_security_txt_is_the_primary_organisations_and_404_when_none_is_configured()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using (var database = await TestDatabase.CreateAsync("sqlite"))
        await using (var server = await StartAsync(database, clock, ("Trust:PrimaryOrganisation", "acme")))
        {
            await Scenario.SeedDisclosureAsync(server, "acme");
            await Scenario.SeedDisclosureAsync(server, "other");
            using var client = server.NewClient();
            using var response = await client.GetAsync("/.well-known/security.txt");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = SecurityTxtValidator.Validate(await response.Content.ReadAsByteArrayAsync(), clock);
            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Equal(PublicBase + "/.well-known/security.txt", Assert.Single(result.Document.Canonical).OriginalString);
            Assert.Equal(PublicBase + "/trust/acme/report", Assert.Single(result.Document.Policy).OriginalString);
        }

        await using (var database = await TestDatabase.CreateAsync("sqlite"))
        await using (var server = await StartAsync(database, clock))
        {
            await Scenario.SeedDisclosureAsync(server, "acme");
            using var client = server.NewClient();
            using var response = await client.GetAsync("/.well-known/security.txt");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Answers_404_without_a_policy_or_for_an_unknown_organisation_but_serves_a_private_portals_file()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await StartAsync(database, clock);
        await Scenario.SeedDisclosureAsync(server, "private-org", visibility: PortalVisibility.CustomersOnly);
        await using (var db = server.OpenDatabase())
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), Slug = "no-policy", Name = "No policy", StakeholderRole = "developer-distributor", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        using var client = server.NewClient();
        using var noPolicy = await client.GetAsync("/trust/no-policy/.well-known/security.txt");
        using var unknown = await client.GetAsync("/trust/nobody/.well-known/security.txt");
        using var hostile = await client.GetAsync("/trust/%3Cscript%3E/security.txt");
        using var privatePortal = await client.GetAsync("/trust/private-org/.well-known/security.txt");

        Assert.Equal(HttpStatusCode.NotFound, noPolicy.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hostile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, privatePortal.StatusCode);
    }

    [Fact]
    public async Task Over_plain_http_without_a_public_address_the_https_only_fields_are_left_out_and_the_file_stays_valid()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartWithOptionsAsync(database, o => o with { Time = clock });
        await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();

        using var response = await client.GetAsync("/trust/acme/.well-known/security.txt");
        var result = SecurityTxtValidator.Validate(await response.Content.ReadAsByteArrayAsync(), clock);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Document.Canonical);
        Assert.Empty(result.Document.Csaf);
        Assert.Equal(2, result.Document.Contacts.Count);
    }

    [Fact]
    public async Task A_malformed_public_address_stops_the_server_with_a_clear_message()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerUnderTest.StartWithOptionsAsync(database, o => o with
        {
            Settings = new Dictionary<string, string?> { ["Trust:PublicBaseUrl"] = "ftp://example.com/x?y" },
        }));
        Assert.Contains("Trust:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    internal static Task<ServerUnderTest> StartAsync(TestDatabase database, TimeProvider clock, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Trust:PublicBaseUrl"] = PublicBase };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ServerUnderTest.StartWithOptionsAsync(database, o => o with { Time = clock, Settings = all });
    }

    private static async Task<DateTimeOffset> ExpiresAsync(BrowserClient client, TimeProvider clock)
    {
        using var response = await client.GetAsync("/trust/acme/.well-known/security.txt");
        var result = SecurityTxtValidator.Validate(Encoding.UTF8.GetBytes(await response.Content.ReadAsStringAsync()), clock);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return Assert.NotNull(result.Document.Expires);
    }
}
