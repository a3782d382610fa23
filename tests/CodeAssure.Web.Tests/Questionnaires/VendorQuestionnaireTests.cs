using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Questionnaires;

/// <summary>A reseller asks its upstream vendor about themes 1–2 through an expiring, account-free link.</summary>
public sealed partial class VendorQuestionnaireTests
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public async Task The_vendor_answers_once_through_the_link_and_the_sender_keeps_the_answers_with_their_digest()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "resell");
        var link = await CreateAsync(admin, "resell");
        using var vendor = server.NewClient();

        var form = await vendor.GetPageAsync(link.PathAndQuery);
        var claims = ClaimIds(form);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.True(c.StartsWith("1.", StringComparison.Ordinal) || c.StartsWith("2.", StringComparison.Ordinal), c));

        // One claim left unanswered: refused with a message naming it, and what was typed is shown again, encoded.
        var partial = Answers(claims.Skip(1), Hostile);
        using (var refused = await vendor.PostFormAsync(link.PathAndQuery, partial))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"Answer claim {claims[0]}", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Hostile, page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        }

        using (var accepted = await vendor.PostFormAsync(link.PathAndQuery, Answers(claims, Hostile)))
        {
            Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
            Assert.Contains("your answers have been recorded", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A link is answered once.
        var again = await vendor.GetPageAsync(link.PathAndQuery);
        Assert.DoesNotContain("<form method=\"post\"", again, StringComparison.Ordinal);

        var list = await admin.GetPageAsync("/orgs/resell/questionnaires");
        var id = DetailLink().Match(list).Groups[1].Value;
        var detail = await admin.GetPageAsync($"/orgs/resell/questionnaires/{id}");
        Assert.Contains("Answers by principle", detail, StringComparison.Ordinal);
        using var download = await admin.GetAsync($"/orgs/resell/questionnaires/{id}?handler=Answers");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bytes)), detail, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal("codeassure-vendor-questionnaire/1", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(claims.Count, json.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Equal(Hostile, json.RootElement.GetProperty("claims")[0].GetProperty("argument").GetString());
        Assert.Equal("Jo Vendor", json.RootElement.GetProperty("respondent").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Two_simultaneous_submissions_of_one_link_record_exactly_one()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "resell");
        var link = await CreateAsync(admin, "resell");
        using var first = server.NewClient();
        using var second = server.NewClient();
        var claims = ClaimIds(await first.GetPageAsync(link.PathAndQuery));

        // Both vendors load the form before either sends it; then both send at once.
        var sendFirst = await first.LoadFormAsync(link.PathAndQuery, Answers(claims, "first"));
        var sendSecond = await second.LoadFormAsync(link.PathAndQuery, Answers(claims, "second"));
        var results = await Task.WhenAll(sendFirst(), sendSecond());

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.BadRequest);
        foreach (var result in results)
        {
            result.Dispose();
        }

        await using var db = server.OpenDatabase();
        Assert.NotNull((await db.VendorQuestionnaires.SingleAsync()).AnswersJson);
    }

    [Fact]
    public async Task An_attestation_can_replace_the_answers_but_malformed_or_oversized_ones_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "resell");
        var link = await CreateAsync(admin, "resell");
        using var vendor = server.NewClient();

        foreach (var (attestation, message) in new[]
        {
            ("{\"payloadType\": \"x\", \"payload\": ", "not valid JSON"),
            ("[1, 2, 3]", "must be a DSSE envelope"),
            ("{\"payload\": \"" + new string('A', 1_100_000) + "\"}", "at most 1024 KiB"),
        })
        {
            using var refused = await vendor.PostFormAsync(link.PathAndQuery, Person(new Dictionary<string, string> { ["Attestation"] = attestation }));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        const string Envelope = "{\"payloadType\":\"application/vnd.in-toto+json\",\"payload\":\"e30=\",\"signatures\":[{\"keyid\":\"k\",\"sig\":\"AA==\"}]}";
        using (var accepted = await vendor.PostFormAsync(link.PathAndQuery, Person(new Dictionary<string, string> { ["Attestation"] = Envelope })))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await using var db = server.OpenDatabase();
        var row = await db.VendorQuestionnaires.SingleAsync();
        Assert.Equal(Envelope, row.AttestationJson);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Envelope))), row.AnswersJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_withdrawn_and_unknown_links_accept_nothing()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "resell");
        var expiring = await CreateAsync(admin, "resell");
        var withdrawn = await CreateAsync(admin, "resell");
        using var vendor = server.NewClient();
        var form = await vendor.GetPageAsync(withdrawn.PathAndQuery);
        var claims = ClaimIds(form);

        await using (var db = server.OpenDatabase())
        {
            var rows = (await db.VendorQuestionnaires.ToListAsync()).OrderBy(q => q.CreatedAt).ToList();
            await db.VendorQuestionnaires.Where(q => q.Id == rows[0].Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
            var id = rows[1].Id;
            using var withdraw = await admin.PostFormAsync($"/orgs/resell/questionnaires/{id}", new Dictionary<string, string>(), $"/orgs/resell/questionnaires/{id}?handler=Withdraw");
            Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        }

        Assert.Contains("has expired", await vendor.GetPageAsync(expiring.PathAndQuery), StringComparison.Ordinal);
        Assert.Contains("has withdrawn", await vendor.GetPageAsync(withdrawn.PathAndQuery), StringComparison.Ordinal);

        // Posting anyway (with a token from an earlier visit) is refused with the reason.
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = Answers(claims, "x");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var content = new FormUrlEncodedContent(fields);
        using var late = await vendor.Http.PostAsync(withdrawn.PathAndQuery, content);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("withdrawn", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var path in new[] { "/questionnaire/caq_unknown-token-value", "/questionnaire/x", "/questionnaire/" + new string('a', 300) })
        {
            using var response = await vendor.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await using var check = server.OpenDatabase();
        Assert.All(await check.VendorQuestionnaires.ToListAsync(), q => Assert.Null(q.AnswersJson));
    }

    [Fact]
    public async Task Creating_validates_input_and_other_organisations_and_auditors_cannot_use_it()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "resell");
        await Scenario.CreateOrganisationAsync(admin, "other");
        using var auditor = await Scenario.AddMemberAndSignInAsync(server, admin, "resell", "auditor@r.test", "Auditor");
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "other", "outsider@o.test", "Engineer");

        foreach (var (fields, message) in new[]
        {
            (Fields("V", "not-an-email", "P", "30"), "not a valid address"),
            (Fields("V", "v@v.test", "P", "365"), "1 to 90 days"),
            (Fields("", "v@v.test", "P", "30"), "vendor&#x27;s name is required"),
            (Fields(new string('n', 201), "v@v.test", "P", "30"), "at most 200 characters"),
        })
        {
            using var refused = await admin.PostFormAsync("/orgs/resell/questionnaires", fields, "/orgs/resell/questionnaires?handler=Create");
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains(message, page, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"new-link\"", page, StringComparison.Ordinal);
        }

        await CreateAsync(admin, "resell");
        await using (var db = server.OpenDatabase())
        {
            Assert.Equal(1, await db.VendorQuestionnaires.CountAsync());
        }

        var id = (await (await Task.FromResult(server.OpenDatabase())).VendorQuestionnaires.SingleAsync()).Id;
        using var asAuditor = await auditor.PostFormAsync("/orgs/resell/questionnaires", Fields("V", "v@v.test", "P", "30"), "/orgs/resell/questionnaires?handler=Create");
        Assert.Equal(HttpStatusCode.Forbidden, asAuditor.StatusCode);
        foreach (var path in new[] { "/orgs/resell/questionnaires", $"/orgs/resell/questionnaires/{id}", $"/orgs/resell/questionnaires/{id}?handler=Answers" })
        {
            using var response = await outsider.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<Uri> CreateAsync(BrowserClient admin, string slug)
    {
        using var created = await admin.PostFormAsync($"/orgs/{slug}/questionnaires", Fields("Upstream Ltd", "security@upstream.test", "Widget Server", "14"),
            $"/orgs/{slug}/questionnaires?handler=Create");
        var page = await created.Content.ReadAsStringAsync();
        var match = NewLink().Match(page);
        Assert.True(match.Success, page);
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    private static Dictionary<string, string> Fields(string vendor, string email, string product, string days) => new()
    {
        ["VendorName"] = vendor, ["VendorEmail"] = email, ["ProductName"] = product, ["ValidDays"] = days,
    };

    private static Dictionary<string, string> Person(Dictionary<string, string> fields)
    {
        fields["RespondentName"] = "Jo Vendor";
        fields["RespondentRole"] = "Head of security";
        return fields;
    }

    private static Dictionary<string, string> Answers(IEnumerable<string> claims, string argument)
    {
        var fields = Person([]);
        foreach (var claim in claims)
        {
            fields["answer:" + claim] = "met";
            fields["argument:" + claim] = argument;
        }

        return fields;
    }

    private static List<string> ClaimIds(string html) => ClaimSelect().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("id=\"new-link\">([^<]+)<")]
    private static partial Regex NewLink();

    [GeneratedRegex("<select id=\"answer-([0-9A-Za-z.]+)\"")]
    private static partial Regex ClaimSelect();

    [GeneratedRegex("/orgs/resell/questionnaires/([0-9a-f-]{36})")]
    private static partial Regex DetailLink();
}
