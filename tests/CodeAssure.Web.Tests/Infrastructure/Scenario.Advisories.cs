using System.Net;
using System.Text.Json;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Advisory steps: releases, findings seeded straight into the database, a public portal.</summary>
internal static partial class Scenario
{
    public static async Task<Guid> AddReleaseAsync(BrowserClient client, string slug, Guid productId, string version)
    {
        using var response = await client.PostJsonAsync($"/api/v1/orgs/{slug}/products/{productId}/releases", new { version, releasedOn = "2026-01-15" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await BrowserClient.ReadJsonAsync(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Stores a finding as triage would have left it; returns its id.</summary>
    public static async Task<Guid> SeedFindingAsync(ServerUnderTest server, string slug, Guid productId, Guid? releaseId, string vulnerabilityId, FindingStatus status,
        string? aliases = null, string? justification = null, string? detail = null, string? fixedIn = null, string? purl = null, string? summary = null)
    {
        await using var db = server.OpenDatabase();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
        var finding = new VulnerabilityFinding
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation.Id,
            ProductId = productId,
            ReleaseId = releaseId,
            VulnerabilityId = vulnerabilityId,
            Aliases = aliases,
            Summary = summary ?? "Deserialisation of untrusted data",
            PackageUrl = purl,
            Cwes = "CWE-502",
            Severity = FindingSeverity.Critical,
            CvssVector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            CvssScore = 9.8,
            Status = status,
            Justification = justification,
            StatusDetail = detail,
            FixedInVersion = fixedIn,
            DetectedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Findings.Add(finding);
        await db.SaveChangesAsync();
        return finding.Id;
    }

    public static Guid IdOf(JsonElement element) => element.GetProperty("id").GetGuid();
}
