using System.Net;
using CodeAssure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CodeAssure.Web.Tests.Disclosure;

/// <summary>The settings page: the Owner publishes; contacts, URLs and languages are checked as RFC 9116 needs them.</summary>
public sealed class DisclosureSettingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_owner_saves_the_settings_and_security_txt_and_the_report_form_are_published(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var anonymous = server.NewClient();
        using (var before = await anonymous.GetAsync("/trust/org-a/.well-known/security.txt"))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        using var saved = await admin.PostFormAsync("/orgs/org-a/disclosure", ValidSettings());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var text = await (await anonymous.GetAsync("/trust/org-a/.well-known/security.txt")).Content.ReadAsStringAsync();
        var form = await anonymous.GetPageAsync("/trust/org-a/report");
        var page = await admin.GetPageAsync("/orgs/org-a/disclosure");

        Assert.Contains("Contact: mailto:security@example.com\n", text, StringComparison.Ordinal);
        Assert.Contains("Contact: tel:+44-20-7946-0000\n", text, StringComparison.Ordinal);
        Assert.Contains("Preferred-Languages: en, cy-GB\n", text, StringComparison.Ordinal);
        Assert.Contains("Policy: https://example.com/vdp\n", text, StringComparison.Ordinal);
        Assert.Contains("Testing our demo site is welcome.", form, StringComparison.Ordinal);
        Assert.Contains("/trust/org-a/.well-known/security.txt", page, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        var policy = await db.DisclosurePolicies.SingleAsync();
        Assert.Equal(2, policy.AcknowledgeWithinDays);
        Assert.True(policy.ReportFormEnabled);
    }

    [Theory]
    [InlineData("Contacts", "security@example.com", "must be a mailto:, https: or tel: URI")]
    [InlineData("Contacts", "", "At least one contact is required")]
    [InlineData("Contacts", "mailto:a b@example.com", "one URI per field")]
    [InlineData("Contacts", "http://example.com/security", "must be a mailto:, https: or tel: URI")]
    [InlineData("Contacts", "https://", "https://")]
    [InlineData("PolicyUrl", "http://example.com/vdp", "must be an https:// URL")]
    [InlineData("PolicyUrl", "https://exa mple.com", "one URI per field")]
    [InlineData("PreferredLanguages", "en_GB", "RFC 5646 language tags")]
    [InlineData("PreferredLanguages", "en,,fr", "RFC 5646 language tags")]
    [InlineData("EncryptionUrl", "-----BEGIN PGP PUBLIC KEY BLOCK-----", "Encryption")]
    [InlineData("AcknowledgeWithinDays", "0", "from 1 to 30")]
    [InlineData("TriageWithinDays", "x", "from 1 to 180")]
    [InlineData("Scope", "bell\u0007", "must not contain control characters")]
    public async Task Invalid_settings_are_refused_with_a_message_and_nothing_is_published(string field, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");

        var settings = ValidSettings();
        settings[field] = value;
        using var response = await admin.PostFormAsync("/orgs/org-a/disclosure", settings);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.DisclosurePolicies.CountAsync());
    }

    [Fact]
    public async Task An_engineer_sees_the_settings_but_cannot_change_them()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var server = await ServerUnderTest.StartAsync(database);
        using var admin = await Scenario.SetUpAdministratorAsync(server);
        await Scenario.CreateOrganisationAsync(admin, "org-a");
        using var engineer = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "eng@a.test", "Engineer");
        await Scenario.EnrolMfaAsync(engineer);

        var page = await engineer.GetPageAsync("/orgs/org-a/disclosure");
        using var change = await engineer.PostFormAsync("/orgs/org-a/disclosure", ValidSettings());
        using var outsider = await Scenario.AddMemberAndSignInAsync(server, admin, "org-a", "customer@a.test", "Customer");
        using var customerView = await outsider.GetAsync("/orgs/org-a/disclosure/reports");

        Assert.Contains("Only the Owner can change these settings.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, customerView.StatusCode);
        await using var db = server.OpenDatabase();
        Assert.Equal(0, await db.DisclosurePolicies.CountAsync());
    }

    private static Dictionary<string, string> ValidSettings() => new()
    {
        ["Contacts"] = "mailto:security@example.com\r\ntel:+44-20-7946-0000",
        ["PolicyUrl"] = "https://example.com/vdp",
        ["Scope"] = "Testing our demo site is welcome.\nDo not test production.",
        ["SafeHarbour"] = "We will not pursue good-faith research.",
        ["AcknowledgeWithinDays"] = "2",
        ["TriageWithinDays"] = "10",
        ["PreferredLanguages"] = "en, cy-GB",
        ["EncryptionUrl"] = "https://example.com/key.asc",
        ["ReportFormEnabled"] = "true",
    };
}
