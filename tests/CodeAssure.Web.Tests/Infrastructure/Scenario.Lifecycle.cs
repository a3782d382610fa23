using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Steps for support lifecycle and incident tests.</summary>
internal static partial class Scenario
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An organisation with one product; returns the product id.</summary>
    public static async Task<string> OrganisationWithProductAsync(BrowserClient client, string slug, string product)
    {
        await CreateOrganisationAsync(client, slug);
        var created = await CreateProductAsync(client, slug, product);
        return created.GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> AddSupportPeriodAsync(
        BrowserClient client, string slug, string productId, string versions, string level, DateOnly startsOn, DateOnly? endsOn, string? justification = null) =>
        client.PostJsonAsync($"/api/v1/orgs/{slug}/products/{productId}/support/periods",
            new { versions, level, startsOn = Day(startsOn), endsOn = endsOn is { } e ? Day(e) : null, shortNoticeJustification = justification });

    public static async Task<JsonElement> ExpectJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PatchJsonAsync<T>(BrowserClient client, string path, T body) =>
        client.Http.PatchAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(BrowserClient client, string path, T body) =>
        client.Http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);
}
