using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeAssure.Attestation.Keys;
using CodeAssure.TestSupport;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Attestations;

/// <summary>Attestations end to end: issued at product sign-off, keys published, verified by the CLI against the running server.</summary>
public sealed class AttestationServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("attest-web-").FullName;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_off_issues_an_attestation_that_verifies_against_the_published_keys(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Payroll")).GetProperty("id").GetString()!;
        var evidence = Encoding.UTF8.GetBytes("Threat model review minutes, March.");
        using (var uploaded = await UploadAsync(admin, $"/api/v1/orgs/org-a/products/{product}/assessment/files", "minutes.txt", evidence, "1.1.1"))
        {
            Assert.True(uploaded.StatusCode == HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        }

        // The release's SBOM becomes the statement's subject, and travels in the bundle.
        var release = (await Scenario.CreateReleaseAsync(admin, "org-a", product, "3.1.0")).GetProperty("id").GetString()!;
        var sbom = Monitoring.Sboms.CycloneDxJson("pkg:nuget/Newtonsoft.Json@13.0.1");
        using (var put = await Scenario.PutSbomAsync(admin, "org-a", product, release, sbom))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        await Scenario.SignOffProductAsync(admin, sro, "org-a", product);
        await Scenario.MakePortalPublicAsync(server, "org-a");

        var list = await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations");
        var issued = Assert.Single(list.EnumerateArray());
        var id = issued.GetProperty("id").GetString();
        Assert.Equal("Payroll@3.1.0", issued.GetProperty("subject").GetString());
        using var anonymous = server.NewClient();
        using var jwks = await anonymous.GetAsync("/trust/org-a/.well-known/jwks.json");
        using var envelope = await anonymous.GetAsync($"/trust/org-a/attestations/{id}.json");
        using var bundle = await anonymous.GetAsync($"/trust/org-a/attestations/{id}/bundle.zip");
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        Assert.Equal("application/jwk-set+json", jwks.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, envelope.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        var envelopeFile = Write("a.json", await envelope.Content.ReadAsByteArrayAsync());
        var bundleBytes = await bundle.Content.ReadAsByteArrayAsync();
        var bundleFile = Write("b.zip", bundleBytes);
        var issuer = new Uri(server.BaseAddress, "/trust/org-a").AbsoluteUri;

        var verified = await CliRunner.RunAsync("attest", "verify", envelopeFile, "--issuer", issuer, "--format", "json");
        var verifiedBundle = await CliRunner.RunAsync("attest", "verify", bundleFile, "--issuer", issuer);

        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);
        using var report = JsonDocument.Parse(verified.Out);
        Assert.Equal("sro@a.test", report.RootElement.GetProperty("signedOffBy").GetString());
        Assert.Equal(14, report.RootElement.GetProperty("principles").GetArrayLength());
        Assert.True(verifiedBundle.ExitCode == 0, verifiedBundle.Out + verifiedBundle.Error);
        Assert.Contains("file digests match", verifiedBundle.Out, StringComparison.Ordinal);

        // The bundle carries the evidence file byte for byte; changing one byte is caught and the file named.
        using (var zip = new ZipArchive(new MemoryStream(bundleBytes)))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("evidence/file-", StringComparison.Ordinal) && e.FullName.EndsWith("-minutes.txt", StringComparison.Ordinal));
        }

        var tampered = Write("t.zip", Retamper(bundleBytes, "-minutes.txt"));
        var refused = await CliRunner.RunAsync("attest", "verify", tampered, "--issuer", issuer);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("minutes.txt", refused.Out, StringComparison.Ordinal);

        // So is the SBOM: its digest is the subject's.
        using (var zip = new ZipArchive(new MemoryStream(bundleBytes)))
        {
            var entry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("sbom/", StringComparison.Ordinal));
            using var stream = entry.Open();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sbom)), Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
        }

        var tamperedSbom = Write("s.zip", Retamper(bundleBytes, "3.1.0.json"));
        var refusedSbom = await CliRunner.RunAsync("attest", "verify", tamperedSbom, "--issuer", issuer);
        Assert.Equal(1, refusedSbom.ExitCode);
    }

    [Fact]
    public async Task Rotation_keeps_old_attestations_verifiable_and_signs_new_ones_with_the_new_key()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Payroll")).GetProperty("id").GetString()!;
        await Scenario.SignOffProductAsync(admin, sro, "org-a", product);
        await Scenario.MakePortalPublicAsync(server, "org-a");
        var first = (await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations"))[0];

        using var byEngineer = await (await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer")).PostJsonAsync("/api/v1/orgs/org-a/attestations/keys/rotate", new { });
        using var rotated = await admin.PostJsonAsync("/api/v1/orgs/org-a/attestations/keys/rotate", new { });
        Assert.Equal(HttpStatusCode.Forbidden, byEngineer.StatusCode);
        Assert.True(rotated.StatusCode == HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        await Scenario.SignOffProductAsync(admin, sro, "org-a", product, "Re-reviewed after the rotation.");

        var all = await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations");
        var second = all[0];
        Assert.Equal(2, all.GetArrayLength());
        Assert.NotEqual(first.GetProperty("keyId").GetString(), second.GetProperty("keyId").GetString());
        using var anonymous = server.NewClient();
        var keys = JsonWebKeySet.Parse(await (await anonymous.GetAsync("/trust/org-a/.well-known/jwks.json")).Content.ReadAsByteArrayAsync());
        Assert.Equal(2, keys.Keys.Count);
        Assert.NotNull(keys.Find(first.GetProperty("keyId").GetString()!)!.RetiredAt);
        var issuer = new Uri(server.BaseAddress, "/trust/org-a").AbsoluteUri;
        foreach (var attestation in all.EnumerateArray())
        {
            var file = Write($"{attestation.GetProperty("id").GetString()}.json", await (await anonymous.GetAsync($"/trust/org-a/attestations/{attestation.GetProperty("id").GetString()}.json")).Content.ReadAsByteArrayAsync());
            var result = await CliRunner.RunAsync("attest", "verify", file, "--issuer", issuer);
            Assert.True(result.ExitCode == 0, result.Out + result.Error);
        }
    }

    [Fact]
    public async Task Another_organisations_keys_refuse_the_attestation_and_private_keys_are_not_stored_in_the_clear()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        await Scenario.CreateOrganisationAsync(admin, "org-b");
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Payroll")).GetProperty("id").GetString()!;
        await Scenario.SignOffProductAsync(admin, sro, "org-a", product);
        using (var rotated = await admin.PostJsonAsync("/api/v1/orgs/org-b/attestations/keys/rotate", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        }

        await Scenario.MakePortalPublicAsync(server, "org-a");
        await Scenario.MakePortalPublicAsync(server, "org-b");
        var id = (await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations"))[0].GetProperty("id").GetString();
        using var anonymous = server.NewClient();
        var file = Write("a.json", await (await anonymous.GetAsync($"/trust/org-a/attestations/{id}.json")).Content.ReadAsByteArrayAsync());

        var result = await CliRunner.RunAsync("attest", "verify", file, "--issuer", new Uri(server.BaseAddress, "/trust/org-b").AbsoluteUri);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown-key", result.Out, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        foreach (var key in await db.OrganisationSigningKeys.ToListAsync())
        {
            Assert.Throws<JwkException>(() => SigningKey.FromPkcs8(key.ProtectedPrivateKey, key.ActivatedAt).Dispose());
            Assert.DoesNotContain("\"d\"", key.PublicJwk, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_private_portal_and_unknown_attestations_answer_404()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var sro = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "sro@a.test", "Sro");
        await Scenario.EnrolMfaAsync(sro);
        var product = (await Scenario.CreateProductAsync(admin, "org-a", "Payroll")).GetProperty("id").GetString()!;
        await Scenario.SignOffProductAsync(admin, sro, "org-a", product);
        var id = (await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations"))[0].GetProperty("id").GetString();
        using var anonymous = server.NewClient();

        foreach (var path in new[] { "/trust/org-a/.well-known/jwks.json", $"/trust/org-a/attestations/{id}.json", $"/trust/org-a/attestations/{id}/bundle.zip", "/trust/nobody/.well-known/jwks.json" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, path);
        }

        // Members see their own portal while it is private; a made-up id is still 404.
        using (var member = await admin.GetAsync($"/trust/org-a/attestations/{id}.json"))
        {
            Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        }

        using var unknown = await admin.GetAsync($"/trust/org-a/attestations/{Guid.NewGuid()}.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using (var listPage = await anonymous.GetAsync("/trust/org-a/attestations"))
        {
            Assert.Equal(HttpStatusCode.NotFound, listPage.StatusCode);
        }

        Assert.Contains("Payroll", await admin.GetPageAsync("/trust/org-a/attestations"), StringComparison.Ordinal);
        var internalPage = await admin.GetPageAsync("/orgs/org-a/attestations");
        Assert.Contains("Rotate the signing key", internalPage, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/orgs/org-a/attestations/{id}/bundle.zip", internalPage, StringComparison.Ordinal);

        // The Owner rotates on the page (a form with antiforgery, no JavaScript); the SRO does not see the button.
        using var rotated = await admin.PostFormAsync("/orgs/org-a/attestations", new Dictionary<string, string>(), "/orgs/org-a/attestations?handler=Rotate");
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        var keys = await AssessmentTests.GetJsonAsync(admin, "/api/v1/orgs/org-a/attestations/keys");
        Assert.Equal(2, keys.GetArrayLength());
        Assert.DoesNotContain("Rotate the signing key", await sro.GetPageAsync("/orgs/org-a/attestations"), StringComparison.Ordinal);
    }

    /// <summary>A copy of the zip with one byte of the named entry changed.</summary>
    private static byte[] Retamper(byte[] zipBytes, string entrySuffix)
    {
        using var input = new ZipArchive(new MemoryStream(zipBytes));
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var buffer = new MemoryStream();
                source.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName.EndsWith(entrySuffix, StringComparison.Ordinal))
                {
                    bytes[0] ^= 0x20;
                }

                using var target = copy.CreateEntry(entry.FullName).Open();
                target.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(BrowserClient client, string path, string fileName, byte[] content, string claim)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        form.Add(new StringContent(claim), "claim");
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
