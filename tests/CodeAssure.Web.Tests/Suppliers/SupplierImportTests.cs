using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Suppliers;

/// <summary>The procurer imports suppliers' attestations: by portal address, by attestation address, by upload; and bad input.</summary>
public sealed class SupplierImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_imports_the_vendors_attestation_by_portal_address_and_sees_principles_advisories_and_alerts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, _) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _sro = sro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");

        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", Scenario.PortalOf(server, "vendor"));
        await Scenario.AddSupplierProductAsync(admin, "buyer", supplier, "Payroll");
        var page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, Scenario.PortalOf(server, "vendor"));

        Assert.Contains("Imported and verified: Payroll", page, StringComparison.Ordinal);
        var stored = Assert.Single(await Scenario.SupplierAttestationsAsync(server, supplier));
        Assert.True(stored.IsValid, stored.Verdict);
        Assert.NotNull(stored.SupplierProductId);
        Assert.Contains("\"principle\":\"1.1\"", stored.PrinciplesJson, StringComparison.Ordinal);
        Assert.EndsWith($"/trust/vendor/attestations/{(await Scenario.AttestationIdsAsync(admin, "vendor"))[0]}.json", stored.SourceUrl, StringComparison.Ordinal);

        // The vendor's public list the import read.
        using (var anonymous = server.NewClient())
        {
            using var list = await anonymous.GetAsync("/trust/vendor/attestations.json");
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var entry = Assert.Single((await BrowserClient.ReadJsonAsync(list)).EnumerateArray());
            Assert.Equal("Payroll", entry.GetProperty("product").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, entry.GetProperty("release").ValueKind);
            Assert.Equal(stored.SourceUrl, entry.GetProperty("url").GetString());
            Assert.True(entry.TryGetProperty("issuedAt", out _) && entry.TryGetProperty("id", out _));
        }

        // Register, detail and comparison show the principles: all 14 met.
        var register = WebUtility.HtmlDecode(await admin.GetPageAsync("/orgs/buyer/suppliers"));
        Assert.Contains("14 of 14", register, StringComparison.Ordinal);
        Assert.Contains(">valid<", register, StringComparison.Ordinal);
        var detail = WebUtility.HtmlDecode(await admin.GetPageAsync($"/orgs/buyer/suppliers/{supplier}"));
        Assert.Contains("4.3", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("principles-none", detail, StringComparison.Ordinal);
        var compare = WebUtility.HtmlDecode(await admin.GetPageAsync("/orgs/buyer/suppliers/compare"));
        Assert.Contains("<caption>Principles of the Code met by each supplier</caption>", compare, StringComparison.Ordinal);
        Assert.Equal(14, CountOf(compare, "<td>met</td>"));
        Assert.Contains("0 days (Payroll", compare, StringComparison.Ordinal);

        // The same envelope again: nothing new.
        var again = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, Scenario.PortalOf(server, "vendor"));
        Assert.Contains("Already imported", again, StringComparison.Ordinal);
        Assert.Single(await Scenario.SupplierAttestationsAsync(server, supplier));

        // What the feed reader writes (seeded here) is shown, and an alert can be acknowledged.
        var product = stored.SupplierProductId!.Value;
        var organisation = await Scenario.OrganisationIdAsync(server, "buyer");
        var advisoryAlert = new SupplierAlert
        {
            OrganisationId = organisation, SupplierId = supplier, SupplierProductId = product, Kind = SupplierAlertKind.Advisory,
            Key = "advisory:VEND-2026-001:1", Title = "VEND-2026-001 affects Payroll", RaisedAt = DateTimeOffset.UtcNow,
        };
        await Scenario.AddRowsAsync(server,
            new SupplierAdvisory
            {
                SupplierId = supplier, TrackingId = "VEND-2026-001", Title = "Remote code execution in Payroll", TrackingVersion = "1",
                CurrentReleaseDate = DateTimeOffset.UtcNow, Severity = "critical", Cves = "CVE-2026-1234", Url = "https://vendor.example/csaf/1.json",
                AffectedProductIds = product.ToString("D"), FirstSeenAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow,
            },
            new SupplierAdvisory
            {
                SupplierId = supplier, TrackingId = "VEND-2026-002", Title = "Unrelated product", TrackingVersion = "1",
                CurrentReleaseDate = DateTimeOffset.UtcNow, Url = "https://vendor.example/csaf/2.json", AffectedProductIds = "",
                FirstSeenAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow,
            },
            advisoryAlert,
            new SupplierAlert
            {
                OrganisationId = organisation, SupplierId = supplier, Kind = SupplierAlertKind.Incident, Key = "incident:INC-7",
                Title = "Data centre outage at Vendor Ltd", RaisedAt = DateTimeOffset.UtcNow,
            });
        detail = WebUtility.HtmlDecode(await admin.GetPageAsync($"/orgs/buyer/suppliers/{supplier}"));
        Assert.Contains("Remote code execution in Payroll", detail, StringComparison.Ordinal);
        Assert.Contains("CVE-2026-1234", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrelated product", detail, StringComparison.Ordinal);
        Assert.Contains("Data centre outage at Vendor Ltd (open)", detail, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", WebUtility.HtmlDecode(await admin.GetPageAsync("/orgs/buyer/suppliers")), StringComparison.Ordinal);

        using (var acknowledged = await admin.PostFormAsync($"/orgs/buyer/suppliers/{supplier}", new Dictionary<string, string>(),
            $"/orgs/buyer/suppliers/{supplier}?handler=Acknowledge&alertId={advisoryAlert.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        }

        var alert = Assert.Single(await Scenario.SupplierAlertsAsync(server, supplier), a => a.Id == advisoryAlert.Id);
        Assert.NotNull(alert.AcknowledgedAt);
        Assert.Equal(Scenario.AdminEmail, alert.AcknowledgedBy);
        detail = WebUtility.HtmlDecode(await admin.GetPageAsync($"/orgs/buyer/suppliers/{supplier}"));
        Assert.Contains("acknowledged", detail, StringComparison.Ordinal);

        // The API gives the register as JSON.
        var api = await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/buyer/suppliers");
        var row = Assert.Single(api.EnumerateArray());
        Assert.Equal("Vendor Ltd", row.GetProperty("name").GetString());
        Assert.Equal(14, row.GetProperty("principlesMet").GetInt32());
        Assert.Equal(1, row.GetProperty("openAlerts").GetInt32());
    }

    [Fact]
    public async Task Customer_on_another_server_imports_by_attestation_address_and_by_api()
    {
        await using var vendorDatabase = await TestDatabase.CreateAsync("sqlite");
        await using var customerDatabase = await TestDatabase.CreateAsync("sqlite");
        await using var vendorServer = await Scenario.StartSupplierServerAsync(vendorDatabase);
        await using var customerServer = await Scenario.StartSupplierServerAsync(customerDatabase);
        using var vendorAdmin = await Scenario.SetUpAdministratorAsync(vendorServer);
        using var customerAdmin = await Scenario.SetUpAdministratorAsync(customerServer);
        var (sro, _) = await Scenario.SignedOffVendorAsync(vendorServer, vendorAdmin, "vendor", "Payroll");
        using var _sro = sro;
        var attestation = (await Scenario.AttestationIdsAsync(vendorAdmin, "vendor"))[0];
        await Scenario.CreateOrganisationAsync(customerAdmin, "buyer");
        var portal = Scenario.PortalOf(vendorServer, "vendor");
        var supplier = await Scenario.AddSupplierAsync(customerAdmin, "buyer", "Vendor Ltd", portal);

        // The offline bundle through the API: the envelope and every file digest verified.
        using var viaApi = await customerAdmin.Http.PostAsync(
            new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations?url={Uri.EscapeDataString($"{portal}/attestations/{attestation}/bundle.zip")}", UriKind.Relative), null);
        Assert.True(viaApi.StatusCode == HttpStatusCode.OK, await viaApi.Content.ReadAsStringAsync());
        var result = (await BrowserClient.ReadJsonAsync(viaApi)).GetProperty("results")[0];
        Assert.False(result.GetProperty("alreadyImported").GetBoolean());
        Assert.True(result.GetProperty("valid").GetBoolean(), result.GetProperty("verdict").GetString());
        Assert.Contains("file digests match", result.GetProperty("verdict").GetString(), StringComparison.Ordinal);
        Assert.True(Assert.Single(await Scenario.SupplierAttestationsAsync(customerServer, supplier)).IsValid);

        // The envelope by its own address is the same envelope: already imported, nothing added.
        var page = await Scenario.ImportSupplierUrlAsync(customerAdmin, "buyer", supplier, $"{portal}/attestations/{attestation}.json");
        Assert.Contains("Already imported: Payroll (valid", page, StringComparison.Ordinal);
        Assert.Single(await Scenario.SupplierAttestationsAsync(customerServer, supplier));

        // A bundle whose signed assessment was changed is refused, naming the file.
        using var anonymous = vendorServer.NewClient();
        var bundle = await anonymous.Http.GetByteArrayAsync(new Uri($"/trust/vendor/attestations/{attestation}/bundle.zip", UriKind.Relative));
        var second = await Scenario.AddSupplierAsync(customerAdmin, "buyer", "Vendor Ltd (bundle check)", portal);
        page = await Scenario.UploadSupplierAttestationAsync(customerAdmin, "buyer", second, Retamper(bundle, "assessment/assessment.json"), "bundle.zip");
        Assert.Contains("Imported but INVALID: Payroll", page, StringComparison.Ordinal);
        Assert.Contains("assessment/assessment.json", page, StringComparison.Ordinal);
        Assert.StartsWith("EvidenceDigestMismatch:", Assert.Single(await Scenario.SupplierAttestationsAsync(customerServer, second)).Verdict, StringComparison.Ordinal);

        using var missing = await customerAdmin.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{Guid.NewGuid()}/attestations", UriKind.Relative), new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Tampered_foreign_malformed_oversized_and_unreachable_attestations_get_clear_verdicts()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, _) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        var (otherSro, _) = await Scenario.SignedOffVendorAsync(server, admin, "other", "Ledger");
        using var _sro = sro;
        using var _otherSro = otherSro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var portal = Scenario.PortalOf(server, "vendor");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", portal);
        using var anonymous = server.NewClient();
        var envelope = await anonymous.Http.GetByteArrayAsync(new Uri($"/trust/vendor/attestations/{(await Scenario.AttestationIdsAsync(admin, "vendor"))[0]}.json", UriKind.Relative));
        var foreign = await anonymous.Http.GetByteArrayAsync(new Uri($"/trust/other/attestations/{(await Scenario.AttestationIdsAsync(admin, "other"))[0]}.json", UriKind.Relative));

        // One changed byte in the signed payload.
        var text = Encoding.UTF8.GetString(envelope);
        var at = text.IndexOf("\"payload\"", StringComparison.Ordinal) + 60;
        var tampered = Encoding.UTF8.GetBytes(text[..at] + (text[at] == 'A' ? 'B' : 'A') + text[(at + 1)..]);
        var page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", supplier, tampered, "tampered.json");
        Assert.Contains("Imported but INVALID", page, StringComparison.Ordinal);
        Assert.Contains("does not verify", page, StringComparison.Ordinal);
        var stored = Assert.Single(await Scenario.SupplierAttestationsAsync(server, supplier));
        Assert.False(stored.IsValid);
        Assert.StartsWith("SignatureInvalid:", stored.Verdict, StringComparison.Ordinal);
        Assert.Contains(await Scenario.SupplierAlertsAsync(server, supplier), a => a.Kind == SupplierAlertKind.AttestationInvalid && a.Detail == stored.Verdict);

        // Signed by another organisation's key: refused as an unknown key.
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", supplier, foreign, "foreign.json");
        Assert.Contains("Imported but INVALID", page, StringComparison.Ordinal);
        Assert.Contains("unknown key", page, StringComparison.Ordinal);

        // Malformed JSON: stored as invalid with the reason.
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", supplier, "{\"payloadType\": "u8.ToArray(), "broken.json");
        Assert.Contains("not a DSSE envelope", page, StringComparison.Ordinal);

        // Oversized: refused before verification, nothing stored.
        var before = (await Scenario.SupplierAttestationsAsync(server, supplier)).Length;
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", supplier, new byte[6 * 1024 * 1024], "huge.json");
        Assert.Contains("an attestation may be at most", page, StringComparison.Ordinal);
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", supplier, "PK\u0003\u0004 not really a zip"u8.ToArray(), "bad.zip");
        Assert.Contains("not a readable", page, StringComparison.Ordinal);

        // Addresses: not a trust portal, another portal, a closed port, a missing attestation.
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, new Uri(server.BaseAddress, "/orgs/vendor").AbsoluteUri);
        Assert.Contains("must be a trust portal address", page, StringComparison.Ordinal);
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, Scenario.PortalOf(server, "other"));
        Assert.Contains("is not on Vendor Ltd's portal", page, StringComparison.Ordinal);
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, $"{portal}/attestations/{Guid.NewGuid()}.json");
        Assert.Contains("answered HTTP 404", page, StringComparison.Ordinal);
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, portal);
        Assert.Contains("Add the products of Vendor Ltd you use first", page, StringComparison.Ordinal);
        var port = ClosedPort();
        var closed = await Scenario.AddSupplierAsync(admin, "buyer", "Gone Ltd", $"http://127.0.0.1:{port}/trust/gone");
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", closed, $"http://127.0.0.1:{port}/trust/gone/attestations/{Guid.NewGuid()}.json");
        Assert.Contains("is unreachable", page, StringComparison.Ordinal);
        Assert.Equal(before, (await Scenario.SupplierAttestationsAsync(server, supplier)).Length);
        Assert.Empty(await Scenario.SupplierAttestationsAsync(server, closed));

        // A supplier without a portal needs the key set uploaded with the attestation.
        var offline = await Scenario.AddSupplierAsync(admin, "buyer", "Offline Ltd", null);
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", offline, envelope, "a.json");
        Assert.Contains("upload its key set", page, StringComparison.Ordinal);
        var keys = await anonymous.Http.GetByteArrayAsync(new Uri("/trust/vendor/.well-known/jwks.json", UriKind.Relative));
        page = await Scenario.UploadSupplierAttestationAsync(admin, "buyer", offline, envelope, "a.json", keys);
        Assert.Contains("Imported and verified: Payroll", page, StringComparison.Ordinal);

        // A portal that is not public answers 404 to the register: the message says so, and the list is hidden too.
        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.CustomersOnly);
        page = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, $"{portal}/attestations/{(await Scenario.AttestationIdsAsync(admin, "vendor"))[0]}.json");
        Assert.Contains("not public", page, StringComparison.Ordinal);
        using (var hidden = await anonymous.GetAsync("/trust/vendor/attestations.json"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        await Scenario.SetPortalVisibilityAsync(server, "vendor", PortalVisibility.Public);

        // The API refuses an oversized body with 413 and reads an envelope body.
        using var body = new ByteArrayContent(envelope);
        using var viaApi = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations", UriKind.Relative), body);
        Assert.True(viaApi.StatusCode == HttpStatusCode.OK, await viaApi.Content.ReadAsStringAsync());
        Assert.True((await BrowserClient.ReadJsonAsync(viaApi)).GetProperty("results")[0].GetProperty("valid").GetBoolean());
        using var huge = new ByteArrayContent(new byte[26 * 1024 * 1024]);
        using var tooLarge = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations", UriKind.Relative), huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task Rotated_keys_still_verify_old_attestations_and_a_replayed_older_attestation_is_flagged()
    {
        // Issue times are whole seconds: the clock moves between sign-offs so that "older" is unambiguous.
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database, time);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, product) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _sro = sro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var portal = Scenario.PortalOf(server, "vendor");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", portal);
        await Scenario.AddSupplierProductAsync(admin, "buyer", supplier, "Payroll");
        await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, portal);
        var first = Assert.Single(await Scenario.SupplierAttestationsAsync(server, supplier));

        using (var rotated = await admin.PostJsonAsync("/api/v1/orgs/vendor/attestations/keys/rotate", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        }

        using (var reverified = await admin.PostFormAsync($"/orgs/buyer/suppliers/{supplier}", new Dictionary<string, string>(),
            $"/orgs/buyer/suppliers/{supplier}?handler=Reverify&attestationId={first.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, reverified.StatusCode);
            Assert.Contains("Verified again: Payroll — valid", WebUtility.HtmlDecode(await reverified.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var again = Assert.Single(await Scenario.SupplierAttestationsAsync(server, supplier));
        Assert.True(again.IsValid, again.Verdict);
        Assert.Equal(first.KeyId, again.KeyId);
        Assert.True(again.VerifiedAt >= first.VerifiedAt);

        // Two more sign-offs with the new key; the newest is imported, then the older one is offered: a replay.
        time.Advance(TimeSpan.FromHours(1));
        await Scenario.SignOffProductAsync(admin, sro, "vendor", product, "Second review.");
        time.Advance(TimeSpan.FromHours(1));
        await Scenario.SignOffProductAsync(admin, sro, "vendor", product, "Third review.");
        var ids = await Scenario.AttestationIdsAsync(admin, "vendor");
        Assert.Equal(3, ids.Count);
        var newest = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, portal);
        Assert.Contains("Imported and verified: Payroll", newest, StringComparison.Ordinal);
        var replay = await Scenario.ImportSupplierUrlAsync(admin, "buyer", supplier, $"{portal}/attestations/{ids[1]}.json");
        Assert.Contains("Imported but INVALID", replay, StringComparison.Ordinal);
        Assert.Contains("superseded", replay, StringComparison.Ordinal);
        var rows = await Scenario.SupplierAttestationsAsync(server, supplier);
        Assert.Equal(3, rows.Length);
        Assert.Single(rows, r => !r.IsValid && r.Verdict.StartsWith("Superseded:", StringComparison.Ordinal));
        Assert.NotEqual(first.KeyId, rows.Single(r => r.SourceUrl!.Contains(ids[0], StringComparison.Ordinal)).KeyId);
    }

    [Fact]
    public async Task Changing_any_byte_of_an_attestation_fails_verification_with_a_reason()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await Scenario.StartSupplierServerAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        var (sro, _) = await Scenario.SignedOffVendorAsync(server, admin, "vendor", "Payroll");
        using var _sro = sro;
        await Scenario.CreateOrganisationAsync(admin, "buyer");
        var supplier = await Scenario.AddSupplierAsync(admin, "buyer", "Vendor Ltd", Scenario.PortalOf(server, "vendor"));
        using var anonymous = server.NewClient();
        var envelope = await anonymous.Http.GetByteArrayAsync(new Uri($"/trust/vendor/attestations/{(await Scenario.AttestationIdsAsync(admin, "vendor"))[0]}.json", UriKind.Relative));

        // Positions spread over the whole envelope (structure, payload type, payload, key id, signature), first and last included.
        var positions = Enumerable.Range(0, 60).Select(i => i * (envelope.Length - 1) / 59).Distinct().ToList();
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var position in positions)
        {
            var changed = (byte[])envelope.Clone();
            changed[position] ^= 0x01;
            using var content = new ByteArrayContent(changed);
            using var response = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations", UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var result = (await BrowserClient.ReadJsonAsync(response)).GetProperty("results")[0];
            var verdict = result.GetProperty("verdict").GetString()!;
            Assert.False(result.GetProperty("valid").GetBoolean(), $"byte {position} changed, still valid: {verdict}");
            Assert.True(verdict.Length > 20, verdict);
            reasons.Add(verdict.Split(':')[0]);
        }

        // The untouched envelope still verifies; every changed one was stored with its verdict.
        using var original = new ByteArrayContent(envelope);
        using var valid = await admin.Http.PostAsync(new Uri($"/api/v1/orgs/buyer/suppliers/{supplier}/attestations", UriKind.Relative), original);
        Assert.True((await BrowserClient.ReadJsonAsync(valid)).GetProperty("results")[0].GetProperty("valid").GetBoolean());
        Assert.Equal(positions.Count + 1, (await Scenario.SupplierAttestationsAsync(server, supplier)).Length);
        Assert.Contains("SignatureInvalid", reasons);
        Assert.Contains("Malformed", reasons);
    }

    /// <summary>The zip with one byte added to the entry named <paramref name="entryName"/>.</summary>
    private static byte[] Retamper(byte[] zipBytes, string entryName)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zipBytes)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var content = new MemoryStream();
                read.CopyTo(content);
                if (entry.FullName == entryName)
                {
                    content.WriteByte((byte)' ');
                }

                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(content.ToArray());
            }
        }

        return output.ToArray();
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
