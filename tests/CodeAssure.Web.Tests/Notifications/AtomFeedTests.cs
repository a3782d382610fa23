using System.Net;
using System.Xml.Linq;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Web.Tests.Notifications;

public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Feeds_are_valid_atom_with_hostile_titles_escaped(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTime(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var server = await ServerUnderTest.StartAsync(database, time, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        var widget = (await Scenario.CreateProductAsync(admin, "acme", "Widget")).GetProperty("id").GetGuid();
        var gadget = (await Scenario.CreateProductAsync(admin, "acme", "Gadget")).GetProperty("id").GetGuid();
        await Scenario.SetPortalVisibilityAsync(server, "acme", PortalVisibility.Public);

        const string Hostile = "<script>alert('x')</script> & ]]> \u0001\u0008 \"quoted\"";
        await Scenario.PublishAsync(server, "acme", widget, "advisory.published", Hostile, "a < b & c", "/trust/acme/advisories/acme-2026-0001");
        time.Advance(TimeSpan.FromHours(1));
        await Scenario.PublishAsync(server, "acme", gadget, "support.notice", "Gadget 1.x support ends");
        time.Advance(TimeSpan.FromHours(1));
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Organisation-wide incident");

        using var visitor = server.NewClient();
        using var response = await visitor.GetAsync("/trust/acme/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.StartsWith("urn:uuid:", feed.Root.Element(Atom + "id")!.Value, StringComparison.Ordinal);
        Assert.Equal("Org acme", feed.Root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(["Organisation-wide incident", "Gadget 1.x support ends", "<script>alert('x')</script> & ]]>  \"quoted\""],
            entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2026-11-23T11:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        Assert.Equal("a < b & c", entries[2].Element(Atom + "summary")!.Value);
        Assert.EndsWith("/trust/acme/advisories/acme-2026-0001", entries[2].Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.StartsWith("urn:uuid:", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));

        // The product feed has the product's entries and organisation-wide ones, not other products'.
        using var productResponse = await visitor.GetAsync($"/trust/acme/products/{widget}/feed.atom");
        var productFeed = XDocument.Parse(await productResponse.Content.ReadAsStringAsync());
        Assert.Equal(2, productFeed.Root!.Elements(Atom + "entry").Count());
        Assert.DoesNotContain(productFeed.Root.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.Contains("Gadget", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feeds_of_a_customers_only_portal_are_404_for_visitors_and_unknown_products()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database, TimeProvider.System, Scenario.NotificationSettings());
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "acme");
        await Scenario.PublishAsync(server, "acme", null, "incident.notice", "Secret incident");
        using var visitor = server.NewClient();
        foreach (var path in new[] { "/trust/acme/feed.atom", "/trust/nobody/feed.atom", $"/trust/acme/products/{Guid.NewGuid()}/feed.atom" })
        {
            using var response = await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var member = await admin.GetAsync("/trust/acme/feed.atom");
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        using var notAGuid = await admin.GetAsync("/trust/acme/products/not-a-guid/feed.atom");
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);
    }
}
