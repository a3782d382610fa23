using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Triage steps: record a finding, patch it.</summary>
internal static partial class Scenario
{
    public static async Task<JsonElement> CreateFindingAsync(BrowserClient client, string slug, string productId, string vulnerabilityId, string? cvssVector = null, string? aliases = null)
    {
        using var response = await client.PostJsonAsync($"/api/v1/orgs/{slug}/findings", new { productId, vulnerabilityId, cvssVector, aliases });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await BrowserClient.ReadJsonAsync(response);
    }

    public static Task<HttpResponseMessage> PatchFindingAsync(BrowserClient client, string slug, string findingId, object body) =>
        client.Http.PatchAsJsonAsync(new Uri($"/api/v1/orgs/{slug}/findings/{findingId}", UriKind.Relative), body);
}
