using System.Globalization;
using System.Text.Json.Nodes;
using CodeAssure.Data;
using CodeAssure.Data.Entities;
using CodeAssure.Web;

namespace CodeAssure.Benchmarks;

/// <summary>
/// <c>portal-serve [products=20] [advisories=50] [port=5091]</c>: starts the real server on 127.0.0.1 over a fresh SQLite
/// data folder, seeds one organisation with a public trust portal (products with support periods and releases,
/// published CSAF advisories, incidents, a disclosure policy) straight into the database, prints the portal's page
/// URLs, then serves until killed (bench/portal/run.sh drives wrk against them).
/// </summary>
internal static class PortalServeBenchmark
{
    private const string Slug = "bench";

    public static async Task<int> RunAsync(int products, int advisories, int port)
    {
        var folder = Path.Combine(Path.GetTempPath(), "codeassure-portalbench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        await using var server = await CodeAssureServer.StartAsync(new ServerOptions
        {
            Urls = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            DataDirectory = folder,
            ConsoleLogging = false,
            Console = TextWriter.Null,
        }, CancellationToken.None);

        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var org = new Organisation { Id = Guid.NewGuid(), Slug = Slug, Name = "Bench Software Ltd", StakeholderRole = "developer-distributor", CreatedAt = now, PortalVisibility = PortalVisibility.Public };
        var productIds = new List<Guid>();
        await using (var db = CodeAssureDatabase.CreateContext(DatabaseSettings.ForDataDirectory(folder)))
        {
            db.Organisations.Add(org);
            for (var i = 0; i < products; i++)
            {
                var id = Guid.NewGuid();
                productIds.Add(id);
                db.Products.Add(new Product { Id = id, OrganisationId = org.Id, Name = $"Product {i + 1:D2}", Description = "A synthetic product for the portal benchmark.", CreatedAt = now });
                db.Releases.Add(new Release { Id = Guid.NewGuid(), OrganisationId = org.Id, ProductId = id, Version = $"{i % 5 + 1}.0.0", ReleasedOn = today.AddDays(-i) });
                db.SupportPeriods.Add(new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = org.Id, ProductId = id, Versions = $"{i % 5 + 1}.x", Level = SupportLevel.Full, StartsOn = today.AddYears(-1), EndsOn = today.AddYears(2), UpdatedAt = now });
                db.SupportPeriods.Add(new SupportPeriod { Id = Guid.NewGuid(), OrganisationId = org.Id, ProductId = id, Versions = $"{i % 5}.x", Level = SupportLevel.SecurityFixesOnly, StartsOn = today.AddYears(-3), EndsOn = today.AddMonths(6), UpdatedAt = now });
            }

            for (var a = 0; a < advisories; a++)
            {
                var trackingId = string.Create(CultureInfo.InvariantCulture, $"BENCH-2026-{a + 1:D4}");
                var released = now.AddDays(-a);
                db.Advisories.Add(new Advisory
                {
                    Id = Guid.NewGuid(), OrganisationId = org.Id, TrackingId = trackingId, Title = $"Vulnerability {a + 1} in Product {a % products + 1:D2}",
                    Status = AdvisoryStatus.Final, AggregateSeverity = "High", Version = "1", CsafJson = Csaf(trackingId, released),
                    ProductIds = productIds[a % products].ToString("D"), InitialReleaseDate = released, CurrentReleaseDate = released, UpdatedAt = now,
                });
            }

            for (var i = 0; i < 5; i++)
            {
                db.Incidents.Add(new Incident
                {
                    Id = Guid.NewGuid(), OrganisationId = org.Id, Reference = $"INC-2026-{i + 1:D3}", Title = $"Incident {i + 1}", Severity = FindingSeverity.Medium,
                    Status = IncidentStatus.Resolved, StartedAt = now.AddDays(-30 * i), DetectedAt = now.AddDays(-30 * i), ResolvedAt = now.AddDays(-30 * i + 2),
                    PublicSummary = "Contained within hours; no customer data was affected.", Published = true, UpdatedAt = now,
                });
            }

            db.DisclosurePolicies.Add(new DisclosurePolicy { OrganisationId = org.Id, Contacts = "mailto:security@bench.test", AcknowledgeWithinDays = 3, TriageWithinDays = 10, ReportFormEnabled = true, UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        var root = new Uri(server.BaseAddress, "/trust/" + Slug);
        Console.WriteLine($"URL: {root}");
        Console.WriteLine($"URL: {root}/advisories");
        Console.WriteLine($"URL: {root}/advisories/BENCH-2026-0001");
        Console.WriteLine($"URL: {root}/products/{productIds[0]}");
        await Console.Out.FlushAsync();
        await server.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }

    private static string Csaf(string trackingId, DateTimeOffset released)
    {
        var date = released.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["category"] = "csaf_security_advisory", ["csaf_version"] = "2.0", ["title"] = "Benchmark advisory " + trackingId,
                ["publisher"] = new JsonObject { ["category"] = "vendor", ["name"] = "Bench Software Ltd", ["namespace"] = "https://bench.example" },
                ["notes"] = new JsonArray(new JsonObject { ["category"] = "summary", ["text"] = "A crafted request crashes the server." }),
                ["tracking"] = new JsonObject
                {
                    ["id"] = trackingId, ["status"] = "final", ["version"] = "1", ["initial_release_date"] = date, ["current_release_date"] = date,
                    ["revision_history"] = new JsonArray(new JsonObject { ["number"] = "1", ["date"] = date, ["summary"] = "Initial release." }),
                },
            },
            ["product_tree"] = new JsonObject { ["full_product_names"] = new JsonArray(new JsonObject { ["product_id"] = "P1", ["name"] = "Product 1.0.0" }) },
            ["vulnerabilities"] = new JsonArray(new JsonObject
            {
                ["cve"] = "CVE-2026-0001", ["product_status"] = new JsonObject { ["known_affected"] = new JsonArray("P1") },
                ["scores"] = new JsonArray(new JsonObject
                {
                    ["products"] = new JsonArray("P1"),
                    ["cvss_v3"] = new JsonObject { ["version"] = "3.1", ["vectorString"] = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", ["baseScore"] = 7.5, ["baseSeverity"] = "HIGH" },
                }),
            }),
        }.ToJsonString();
    }
}
