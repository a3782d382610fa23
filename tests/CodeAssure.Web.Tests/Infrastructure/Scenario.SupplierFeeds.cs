using System.Net;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Supplier feed steps: a vendor with a public portal, a customer's register rows, a sync run through the server's services.</summary>
internal static partial class Scenario
{
    /// <summary>A vendor organisation with a public portal and a product with one release; returns the product and release ids.</summary>
    public static async Task<(Guid Product, Guid Release)> SetUpVendorAsync(ServerUnderTest server, BrowserClient owner, string slug, string product, string version)
    {
        await CreateOrganisationAsync(owner, slug);
        await MakePortalPublicAsync(server, slug);
        var productId = IdOf(await CreateProductAsync(owner, slug, product));
        return (productId, await AddReleaseAsync(owner, slug, productId, version));
    }

    /// <summary>The vendor publishes an advisory about one affected finding of a release; returns its id and tracking id.</summary>
    public static async Task<(Guid Id, string TrackingId)> PublishVendorAdvisoryAsync(ServerUnderTest server, BrowserClient owner, string slug, Guid product, Guid release,
        string vulnerabilityId, string title)
    {
        var finding = await SeedFindingAsync(server, slug, product, release, vulnerabilityId, FindingStatus.Affected, fixedIn: "9.9.9");
        using var created = await owner.PostJsonAsync($"/api/v1/orgs/{slug}/advisories", new { title, summary = "Update.", findingIds = new[] { finding } });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = await BrowserClient.ReadJsonAsync(created);
        var id = IdOf(draft);
        using var published = await owner.PostJsonAsync($"/api/v1/orgs/{slug}/advisories/{id}/publish", new { });
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        return (id, draft.GetProperty("trackingId").GetString()!);
    }

    /// <summary>A supplier in <paramref name="slug"/>'s register with one product in use; returns the supplier and product ids.</summary>
    public static async Task<(Guid Supplier, Guid Product)> AddSupplierAsync(ServerUnderTest server, string slug, string name, string? portalUrl, string product, string? versionInUse)
    {
        var organisationId = await OrganisationIdAsync(server, slug);
        var supplier = new Supplier { Id = Guid.NewGuid(), OrganisationId = organisationId, Name = name, PortalUrl = portalUrl, CreatedAt = DateTimeOffset.UnixEpoch };
        var inUse = new SupplierProduct { Id = Guid.NewGuid(), SupplierId = supplier.Id, Name = product, VersionInUse = versionInUse, CreatedAt = DateTimeOffset.UnixEpoch, MatchChangedAt = DateTimeOffset.UnixEpoch };
        await AddRowsAsync(server, supplier, inUse);
        return (supplier.Id, inUse.Id);
    }

    public static async Task<Guid> AddSupplierProductAsync(ServerUnderTest server, Guid supplier, string product, string? versionInUse, DateTimeOffset? createdAt = null)
    {
        var inUse = new SupplierProduct { Id = Guid.NewGuid(), SupplierId = supplier, Name = product, VersionInUse = versionInUse, CreatedAt = createdAt ?? DateTimeOffset.UnixEpoch, MatchChangedAt = createdAt ?? DateTimeOffset.UnixEpoch };
        await AddRowsAsync(server, inUse);
        return inUse.Id;
    }

    /// <summary>Reads the supplier's portal now, as the background loop or "Sync now" would.</summary>
    public static async Task<SupplierSyncResult> SyncSupplierAsync(ServerUnderTest server, string slug, Guid supplier)
    {
        var organisationId = await OrganisationIdAsync(server, slug);
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SupplierFeedSync>().SyncAsync(organisationId, supplier, CancellationToken.None);
        return result ?? throw new InvalidOperationException("no such supplier");
    }

    public static async Task<List<SupplierAlert>> SupplierAlertsAsync(ServerUnderTest server, Guid supplier)
    {
        await using var db = server.OpenDatabase();
        var alerts = await db.SupplierAlerts.AsNoTracking().Where(a => a.SupplierId == supplier).ToListAsync();
        return alerts.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The portal address of <paramref name="slug"/> on <paramref name="server"/>.</summary>
    public static string PortalOf(ServerUnderTest server, string slug) => new Uri(server.BaseAddress, $"/trust/{slug}").AbsoluteUri;
}
