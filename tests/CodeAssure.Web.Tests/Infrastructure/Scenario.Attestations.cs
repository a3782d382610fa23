using System.Net;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Infrastructure;

internal static partial class Scenario
{
    /// <summary>Answers every claim of the product's assessment as met and has the SRO sign it off; returns the sign-off response body.</summary>
    public static async Task SignOffProductAsync(BrowserClient answerer, BrowserClient sro, string slug, string productId, string argument = "Reviewed in the design review.")
    {
        var api = $"/api/v1/orgs/{slug}/products/{productId}/assessment";
        foreach (var claim in await AssessmentTests.ClaimIdsAsync(answerer, api))
        {
            using var answered = await AssessmentTests.PutJsonAsync(answerer, $"{api}/claims/{claim}", new { answer = "met", argument, owner = "Ann" });
            Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        }

        using var signed = await sro.PostJsonAsync($"{api}/sign-off", new { acknowledgement = "I confirm this self-assessment is accurate." });
        Assert.True(signed.StatusCode == HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
    }

    /// <summary>Makes the organisation's trust portal public (straight in the database: the portal settings page is another area's).</summary>
    public static async Task MakePortalPublicAsync(ServerUnderTest server, string slug)
    {
        await using var db = server.OpenDatabase();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
        organisation.PortalVisibility = PortalVisibility.Public;
        await db.SaveChangesAsync();
    }
}
