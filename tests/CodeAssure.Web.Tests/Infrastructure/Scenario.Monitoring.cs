using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Steps for the monitoring tests: releases, SBOM uploads, waiting for the job queue to drain.</summary>
internal static partial class Scenario
{
    public static async Task<JsonElement> CreateReleaseAsync(BrowserClient client, string slug, string productId, string version)
    {
        using var response = await client.PostJsonAsync($"/api/v1/orgs/{slug}/products/{productId}/releases", new { version, releasedOn = "2026-01-15" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BrowserClient.ReadJsonAsync(response);
    }

    public static async Task<HttpResponseMessage> PutSbomAsync(BrowserClient client, string slug, string productId, string releaseId, byte[] body, string mediaType = "application/vnd.cyclonedx+json")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return await client.Http.PutAsync(new Uri($"/api/v1/orgs/{slug}/products/{productId}/releases/{releaseId}/sbom", UriKind.Relative), content);
    }

    /// <summary>Waits until no job is queued or running (the deadline only stops a hung test; it asserts nothing about speed).</summary>
    public static async Task WaitForJobsAsync(ServerUnderTest server, int atLeast = 1)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await using (var db = server.OpenDatabase())
            {
                var jobs = await db.BackgroundJobs.AsNoTracking().Select(j => j.State).ToListAsync();
                if (jobs.Count >= atLeast && jobs.All(s => s is BackgroundJobState.Done or BackgroundJobState.Failed))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("background jobs did not finish");
            }

            await Task.Delay(50);
        }
    }
}
