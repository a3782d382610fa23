using System.Text.Json.Nodes;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Rows behind the trust portal, written straight to the database (their own services belong to other areas).</summary>
internal static partial class Scenario
{
    public static async Task<Guid> OrganisationIdAsync(ServerUnderTest server, string slug)
    {
        await using var db = server.OpenDatabase();
        return await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync();
    }

    public static async Task SetPortalVisibilityAsync(ServerUnderTest server, string slug, PortalVisibility visibility)
    {
        await using var db = server.OpenDatabase();
        var org = await db.Organisations.SingleAsync(o => o.Slug == slug);
        org.PortalVisibility = visibility;
        await db.SaveChangesAsync();
    }

    public static async Task AddRowsAsync(ServerUnderTest server, params object[] rows)
    {
        await using var db = server.OpenDatabase();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public static Advisory NewAdvisory(Guid organisationId, string trackingId, string title, string csafJson, IEnumerable<Guid>? productIds = null,
        AdvisoryStatus status = AdvisoryStatus.Final, DateTimeOffset? released = null) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = organisationId,
        TrackingId = trackingId,
        Title = title,
        Status = status,
        AggregateSeverity = "High",
        Version = "2",
        CsafJson = csafJson,
        ProductIds = string.Join(' ', (productIds ?? []).Select(p => p.ToString("D"))),
        InitialReleaseDate = released ?? new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
        CurrentReleaseDate = (released ?? new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)).AddDays(2),
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A small CSAF 2.0 security advisory with notes, a product tree, one vulnerability and two revisions.</summary>
    public static string CsafDocument(string trackingId, string title, string noteText = "A crafted request crashes the server.")
    {
        var document = new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["category"] = "csaf_security_advisory",
                ["csaf_version"] = "2.0",
                ["title"] = title,
                ["lang"] = "en",
                ["aggregate_severity"] = new JsonObject { ["text"] = "High" },
                ["publisher"] = new JsonObject { ["category"] = "vendor", ["name"] = "Example Vendor Ltd", ["namespace"] = "https://vendor.example" },
                ["notes"] = new JsonArray(new JsonObject { ["category"] = "summary", ["title"] = "Summary", ["text"] = noteText }),
                ["tracking"] = new JsonObject
                {
                    ["id"] = trackingId,
                    ["status"] = "final",
                    ["version"] = "2",
                    ["initial_release_date"] = "2026-03-01T09:00:00.000Z",
                    ["current_release_date"] = "2026-03-03T09:00:00.000Z",
                    ["revision_history"] = new JsonArray(
                        new JsonObject { ["number"] = "1", ["date"] = "2026-03-01T09:00:00.000Z", ["summary"] = "Initial release." },
                        new JsonObject { ["number"] = "2", ["date"] = "2026-03-03T09:00:00.000Z", ["summary"] = "Added the fixed version." }),
                },
            },
            ["product_tree"] = new JsonObject
            {
                ["branches"] = new JsonArray(new JsonObject
                {
                    ["category"] = "vendor",
                    ["name"] = "Example Vendor",
                    ["branches"] = new JsonArray(
                        new JsonObject { ["category"] = "product_version", ["name"] = "2.4.0", ["product"] = new JsonObject { ["product_id"] = "CSAFPID-0001", ["name"] = "Example Server 2.4.0" } },
                        new JsonObject { ["category"] = "product_version", ["name"] = "2.4.1", ["product"] = new JsonObject { ["product_id"] = "CSAFPID-0002", ["name"] = "Example Server 2.4.1" } }),
                }),
            },
            ["vulnerabilities"] = new JsonArray(new JsonObject
            {
                ["cve"] = "CVE-2026-12345",
                ["cwe"] = new JsonObject { ["id"] = "CWE-787", ["name"] = "Out-of-bounds Write" },
                ["title"] = "Heap overflow in the request parser",
                ["product_status"] = new JsonObject { ["known_affected"] = new JsonArray("CSAFPID-0001"), ["fixed"] = new JsonArray("CSAFPID-0002") },
                ["scores"] = new JsonArray(new JsonObject
                {
                    ["products"] = new JsonArray("CSAFPID-0001"),
                    ["cvss_v3"] = new JsonObject
                    {
                        ["version"] = "3.1", ["vectorString"] = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", ["baseScore"] = 7.5, ["baseSeverity"] = "HIGH",
                    },
                }),
                ["remediations"] = new JsonArray(new JsonObject
                {
                    ["category"] = "vendor_fix", ["details"] = "Upgrade to 2.4.1.", ["product_ids"] = new JsonArray("CSAFPID-0001"),
                }),
            }),
        };
        return document.ToJsonString();
    }

    /// <summary>
    /// A signed-off organisation-wide self-assessment (version 1): the first claim not met, the second not applicable,
    /// every other claim met; signed by <paramref name="sro"/>.
    /// </summary>
    public static AssessmentVersion SignedOffAssessment(Guid organisationId, string sro, DateTimeOffset at)
    {
        var catalog = CodeCatalog.LoadEmbedded();
        Assert.True(catalog.TryGetRole("developer-distributor", out var role));
        var assessment = Assessment.Create(catalog, role, AssessmentScope.Organisation);
        var claims = assessment.Claims.Select((c, i) => i switch
        {
            0 => c with { Answer = Answer.NotMet, Owner = "Ann", TargetDate = new DateOnly(2027, 1, 31) },
            1 => c with { Answer = Answer.NotApplicable, Justification = "No such component." },
            _ => c with { Answer = Answer.Met, Argument = "Reviewed." },
        }).ToList();
        assessment = assessment.WithChanges([], claims).SignOffBy(new SignOff(sro, SignOff.SeniorResponsibleOwnerRole, at, "I confirm."), catalog);
        return new AssessmentVersion
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Scope = AssessmentVersion.OrganisationScope,
            Number = 1,
            Status = AssessmentVersion.SignedOff,
            Content = System.Text.Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(assessment)),
            Sha256 = assessment.ComputeDigest(),
            CreatedBy = "test",
            CreatedAt = at,
            UpdatedBy = "test",
            UpdatedAt = at,
            SignedOffBy = sro,
            SignedOffAt = at,
        };
    }
}
