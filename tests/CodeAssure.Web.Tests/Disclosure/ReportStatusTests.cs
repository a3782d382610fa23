using System.Net;
using System.Text.RegularExpressions;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Disclosure;

/// <summary>The reporter's status page: reference and email together, the same answer for every failure.</summary>
public sealed partial class ReportStatusTests
{
    [Fact]
    public async Task The_reporter_sees_the_status_and_a_wrong_reference_or_email_gets_the_same_answer()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ReportFormTests.StartAsync(database);
        var (_, products) = await Scenario.SeedDisclosureAsync(server, "acme");
        using var client = server.NewClient();
        using (var sent = await Scenario.PostReportAsync(client, "acme", await ReportFormTests.FilledFormAsync(client, "acme", products[0])))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        string reference;
        await using (var db = server.OpenDatabase())
        {
            reference = (await db.DisclosureReports.SingleAsync()).TrackingReference;
        }

        var found = await LookUpAsync(client, reference.ToLowerInvariant(), " ADA@example.org ");
        var wrongEmail = await LookUpAsync(client, reference, "eve@example.org");
        var unknownReference = await LookUpAsync(client, reference[..^1] + (reference[^1] == 'X' ? 'Y' : 'X'), "ada@example.org");
        var garbage = await LookUpAsync(client, "<script>" + new string('x', 100), "ada@example.org");

        Assert.Contains("Received: your report is waiting", found, StringComparison.Ordinal);
        Assert.Contains("Stored XSS in the comments", found, StringComparison.Ordinal);
        foreach (var html in new[] { wrongEmail, unknownReference, garbage })
        {
            Assert.Contains("No report matches that reference and email address.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Stored XSS in the comments", html, StringComparison.Ordinal);
            // The answer (everything before the form, which echoes what was typed) is the same for every failure.
            Assert.NotEmpty(Answer(html));
            Assert.Equal(Answer(wrongEmail), Answer(html));
        }
    }

    private static async Task<string> LookUpAsync(BrowserClient client, string reference, string email)
    {
        using var response = await client.PostFormAsync("/trust/acme/report/status", new Dictionary<string, string> { ["Reference"] = reference, ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Answer(string html) => AnswerPattern().Match(html).Value;

    [GeneratedRegex("<h1>.*?<form", RegexOptions.Singleline)]
    private static partial Regex AnswerPattern();
}
