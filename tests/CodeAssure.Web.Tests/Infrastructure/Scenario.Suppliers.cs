using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Steps of the supplier register's tests: a vendor that signs off, a customer that registers it as a supplier.</summary>
internal static partial class Scenario
{
    /// <summary>Supplier settings for tests: no background loop, plain http and loopback portals allowed (unless told otherwise).</summary>
    public static Dictionary<string, string?> SupplierSettings(bool allowPrivateAddresses = true) => new()
    {
        ["Suppliers:SyncInterval"] = "00:00:00",
        ["Suppliers:AllowHttp"] = "true",
        ["Suppliers:AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
        ["Suppliers:FetchTimeout"] = "00:00:10",
    };

    public static Task<ServerUnderTest> StartSupplierServerAsync(TestDatabase database, TimeProvider? time = null, bool allowPrivateAddresses = true) =>
        ServerUnderTest.StartWithOptionsAsync(database, o => o with { Time = time ?? TimeProvider.System, Settings = SupplierSettings(allowPrivateAddresses) });

    /// <summary>
    /// Creates the vendor organisation with an SRO (MFA enrolled) and a product, signs the product off, makes the portal
    /// public; returns the SRO's client and the product id.
    /// </summary>
    public static async Task<(BrowserClient Sro, string ProductId)> SignedOffVendorAsync(ServerUnderTest server, BrowserClient admin, string slug, string product)
    {
        await CreateOrganisationAsync(admin, slug);
        var sro = await AddMemberAndSignInAsync(server, admin, slug, $"sro@{slug}.test", "Sro");
        await EnrolMfaAsync(sro);
        var productId = (await CreateProductAsync(admin, slug, product)).GetProperty("id").GetString()!;
        await SignOffProductAsync(admin, sro, slug, productId);
        await MakePortalPublicAsync(server, slug);
        return (sro, productId);
    }

    /// <summary>The ids of the vendor's issued attestations, newest first.</summary>
    public static async Task<List<string>> AttestationIdsAsync(BrowserClient vendor, string slug) =>
        [.. (await AssessmentTests.GetJsonAsync(vendor, $"/api/v1/orgs/{slug}/attestations")).EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];

    /// <summary>Adds a supplier through the register page; returns its id (from the redirect to its page).</summary>
    public static async Task<Guid> AddSupplierAsync(BrowserClient customer, string slug, string name, string? portal, string maxAgeDays = "")
    {
        using var added = await PostSupplierFormAsync(customer, slug, "", "Add",
            new() { ["Name"] = name, ["PortalUrl"] = portal ?? "", ["Contact"] = "security@supplier.test", ["AttestationMaxAgeDays"] = maxAgeDays });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        return Guid.Parse(added.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static async Task AddSupplierProductAsync(BrowserClient customer, string slug, Guid supplier, string name, string version = "")
    {
        using var added = await PostSupplierFormAsync(customer, slug, "/" + supplier, "AddProduct", new() { ["ProductName"] = name, ["VersionInUse"] = version, ["Notes"] = "" });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
    }

    /// <summary>Imports from an address through the supplier's page; returns the page shown after.</summary>
    public static async Task<string> ImportSupplierUrlAsync(BrowserClient customer, string slug, Guid supplier, string url)
    {
        using var response = await PostSupplierFormAsync(customer, slug, "/" + supplier, "ImportUrl", new() { ["ImportAddress"] = url });
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Uploads an attestation (and optionally a key set) through the supplier's page; returns the page shown after.</summary>
    public static async Task<string> UploadSupplierAttestationAsync(BrowserClient customer, string slug, Guid supplier, byte[] file, string fileName, byte[]? keySet = null)
    {
        var page = $"/orgs/{slug}/suppliers/{supplier}";
        var token = AntiforgeryToken(await customer.GetPageAsync(page));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "application/json");
        form.Add(content, "AttestationFile", fileName);
        if (keySet is not null)
        {
            form.Add(new ByteArrayContent(keySet), "KeySetFile", "jwks.json");
        }

        using var response = await customer.Http.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Posts a form of the register (<paramref name="subPath"/> under /orgs/{slug}/suppliers) to a handler.</summary>
    public static Task<HttpResponseMessage> PostSupplierFormAsync(BrowserClient client, string slug, string subPath, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"/orgs/{slug}/suppliers{subPath}", fields, $"/orgs/{slug}/suppliers{subPath}?handler={handler}");

    public static async Task<CodeAssure.Data.Entities.SupplierAttestation[]> SupplierAttestationsAsync(ServerUnderTest server, Guid supplier)
    {
        await using var db = server.OpenDatabase();
        return await db.SupplierAttestations.AsNoTracking().Where(a => a.SupplierId == supplier).ToArrayAsync();
    }

    private static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryTokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenPattern();
}
