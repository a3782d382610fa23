using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>Steps shared by tests: first-run setup with MFA, organisations, members, sign-in.</summary>
internal static partial class Scenario
{
    public const string AdminEmail = "admin@example.test";

    // A documented fake used only by the tests' throwaway servers.
    public const string Password = "correct horse battery staple";

    /// <summary>Runs first-run setup and TOTP enrolment; returns the administrator's signed-in client.</summary>
    public static async Task<BrowserClient> SetUpAdministratorAsync(ServerUnderTest server)
    {
        var link = server.SetupLink ?? throw new InvalidOperationException("no setup link was printed:\n" + server.ConsoleText);
        var client = server.NewClient();
        using var created = await client.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Email"] = AdminEmail, ["Password"] = Password, ["ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/enrol-mfa", created.Headers.Location?.OriginalString);
        await EnrolMfaAsync(client);
        return client;
    }

    public static async Task<string> EnrolMfaAsync(BrowserClient client)
    {
        var html = await client.GetPageAsync("/account/enrol-mfa");
        var key = AuthenticatorKey(html);
        using var enrolled = await client.PostFormAsync("/account/enrol-mfa", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal("/", enrolled.Headers.Location?.OriginalString);
        return key;
    }

    public static string AuthenticatorKey(string html)
    {
        var match = KeyPattern().Match(html);
        Assert.True(match.Success, "the enrolment page shows no key");
        return match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    public static async Task<JsonElement> CreateOrganisationAsync(BrowserClient client, string slug)
    {
        using var response = await client.PostJsonAsync("/api/v1/orgs", new { name = "Org " + slug, slug, stakeholderRole = "developer-distributor" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BrowserClient.ReadJsonAsync(response);
    }

    public static async Task<JsonElement> CreateProductAsync(BrowserClient client, string slug, string name)
    {
        using var response = await client.PostJsonAsync($"/api/v1/orgs/{slug}/products", new { name, description = "d" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BrowserClient.ReadJsonAsync(response);
    }

    /// <summary>The Owner adds a new account with a role; returns that person's signed-in client.</summary>
    public static async Task<BrowserClient> AddMemberAndSignInAsync(ServerUnderTest server, BrowserClient owner, string slug, string email, string role)
    {
        using var added = await owner.PostJsonAsync($"/api/v1/orgs/{slug}/members", new { email, role, initialPassword = Password }); // codeassure:allow default-password (a constant of the test, not a value)
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        return await SignInAsync(server, email);
    }

    public static async Task<BrowserClient> SignInAsync(ServerUnderTest server, string email)
    {
        var client = server.NewClient();
        using var signedIn = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();
}
