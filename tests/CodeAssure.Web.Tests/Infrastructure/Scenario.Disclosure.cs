using System.Net;
using System.Text.RegularExpressions;
using CodeAssure.Data.Entities;

namespace CodeAssure.Web.Tests.Infrastructure;

internal static partial class Scenario
{
    /// <summary>Stores an organisation (with optional products) and its disclosure policy straight into the database.</summary>
    public static async Task<(Guid OrganisationId, IReadOnlyList<Guid> ProductIds)> SeedDisclosureAsync(
        ServerUnderTest server, string slug, bool reportForm = true, int products = 1, PortalVisibility visibility = PortalVisibility.Public)
    {
        await using var db = server.OpenDatabase();
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(), Slug = slug, Name = "Org " + slug, StakeholderRole = "developer-distributor",
            CreatedAt = DateTimeOffset.UtcNow, PortalVisibility = visibility,
        };
        db.Organisations.Add(organisation);
        var productIds = new List<Guid>();
        for (var i = 0; i < products; i++)
        {
            var product = new Product { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = $"Product {i + 1}", CreatedAt = DateTimeOffset.UtcNow };
            db.Products.Add(product);
            productIds.Add(product.Id);
        }

        db.DisclosurePolicies.Add(new DisclosurePolicy
        {
            OrganisationId = organisation.Id,
            Contacts = "mailto:security@example.com\nhttps://example.com/security",
            Scope = "All products on example.com.\nNot: third-party services.",
            SafeHarbour = "We will not take legal action over good-faith research.",
            AcknowledgeWithinDays = 3,
            TriageWithinDays = 20,
            PreferredLanguages = "en, cy",
            EncryptionUrl = "https://example.com/pgp-key.txt",
            ReportFormEnabled = reportForm,
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return (organisation.Id, productIds);
    }

    /// <summary>The report form's fields as served (antiforgery token and stamp included), ready to be filled in.</summary>
    public static async Task<Dictionary<string, string>> OpenReportFormAsync(BrowserClient client, string slug)
    {
        var html = await client.GetPageAsync($"/trust/{slug}/report");
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenValue(html, "__RequestVerificationToken"),
            ["Stamp"] = HiddenValue(html, "Stamp"),
        };
    }

    /// <summary>Posts a filled-in report form.</summary>
    public static async Task<HttpResponseMessage> PostReportAsync(BrowserClient client, string slug, IReadOnlyDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await client.Http.PostAsync(new Uri($"/trust/{slug}/report", UriKind.Relative), content);
    }

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        Assert.True(match.Success, $"the form has no hidden {name}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
