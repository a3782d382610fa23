using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeAssure.Web;
using CodeAssure.Web.Tests.Infrastructure;

namespace CodeAssure.Benchmarks;

/// <summary>
/// <c>dashboard-serve [products=50] [port=5090]</c>: starts the real server on 127.0.0.1 over a fresh SQLite data folder,
/// seeds it over real HTTP (an administrator with TOTP, one organisation, products each with a varied self-assessment),
/// times a 5 MB evidence bundle upload with an API token, prints the dashboard URL and a session cookie header, then
/// serves until killed (bench/dashboard/run.sh drives wrk against it).
/// </summary>
internal static partial class DashboardServeBenchmark
{
    private const string Slug = "bench";

    // A throwaway password for a throwaway server on loopback; not a credential.
    private const string Password = "bench horse battery staple";

    private static readonly string[] Answers = ["met", "met", "partially-met", "not-met", "not-applicable", "met", "unanswered"];

    public static async Task<int> RunAsync(int products, int port)
    {
        var folder = Path.Combine(Path.GetTempPath(), "codeassure-dashbench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var console = new StringWriter();
        await using var server = await CodeAssureServer.StartAsync(new ServerOptions
        {
            Urls = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            DataDirectory = folder,
            ConsoleLogging = false,
            Console = console,
        }, CancellationToken.None);

        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var clock = Stopwatch.StartNew();
        await SetUpAdministratorAsync(http, console.ToString());
        await Send(http.PostAsJsonAsync(Rel("/api/v1/orgs"), new { name = "Bench organisation", slug = Slug, stakeholderRole = "developer-distributor" }), HttpStatusCode.Created);
        await AnswerAsync(http, $"/api/v1/orgs/{Slug}/assessment", 0);
        for (var i = 0; i < products; i++)
        {
            var product = await ReadJson(await Send(http.PostAsJsonAsync(Rel($"/api/v1/orgs/{Slug}/products"), new { name = $"Product {i + 1:D3}", description = "Synthetic product for the dashboard benchmark." }), HttpStatusCode.Created));
            await AnswerAsync(http, $"/api/v1/orgs/{Slug}/products/{product.GetProperty("id").GetString()}/assessment", i + 1);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dashboard-serve: seeded {products} products in {clock.Elapsed.TotalSeconds:0.0} s (data folder {folder})"));

        var upload = await TimeUploadAsync(http, server.BaseAddress, runs: 5);
        Console.WriteLine(upload);

        var session = cookies.GetCookies(server.BaseAddress)["codeassure"] ?? throw new InvalidOperationException("no session cookie after sign-in");
        Console.WriteLine($"Cookie: {session.Name}={session.Value}");
        Console.WriteLine($"URL: {new Uri(server.BaseAddress, $"/orgs/{Slug}/dashboard")}");
        await Console.Out.FlushAsync();
        await server.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }

    private static async Task SetUpAdministratorAsync(HttpClient http, string consoleText)
    {
        var link = SetupLinkPattern().Match(consoleText) is { Success: true } m ? new Uri(m.Groups[1].Value) : throw new InvalidOperationException("no setup link was printed:\n" + consoleText);
        var created = await PostFormAsync(http, link.PathAndQuery, new() { ["Email"] = "admin@bench.test", ["Password"] = Password, ["ConfirmPassword"] = Password });
        Expect(created, HttpStatusCode.Redirect);
        var enrolPage = await GetPageAsync(http, "/account/enrol-mfa");
        var key = KeyPattern().Match(enrolPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enrolled = await PostFormAsync(http, "/account/enrol-mfa", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Expect(enrolled, HttpStatusCode.Redirect);
    }

    /// <summary>Answers each claim in a pattern shifted per product, so products differ and every status shows up.</summary>
    private static async Task AnswerAsync(HttpClient http, string api, int seed)
    {
        var current = await ReadJson(await Send(http.GetAsync(Rel(api)), HttpStatusCode.OK));
        var claims = current.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim").GetString()!).ToList();
        for (var c = 0; c < claims.Count; c++)
        {
            object? body = Answers[(c * 3 + seed) % Answers.Length] switch
            {
                "met" => new { answer = "met", argument = "Reviewed in the design review.", owner = "Ann" },
                "partially-met" => new { answer = "partially-met", argument = "Half done.", owner = "Bob", targetDate = "2027-03-01" },
                "not-met" => new { answer = "not-met", owner = "Cat", targetDate = seed % 2 == 0 ? "2026-01-31" : "2027-06-30" },
                "not-applicable" => new { answer = "not-applicable", justification = "Out of scope for this product." },
                _ => null,
            };
            if (body is not null)
            {
                using var content = JsonContent.Create(body);
                (await Send(http.PutAsync(Rel($"{api}/claims/{claims[c]}"), content), HttpStatusCode.OK)).Dispose();
            }
        }
    }

    private static async Task<string> TimeUploadAsync(HttpClient session, Uri baseAddress, int runs)
    {
        var token = (await ReadJson(await Send(session.PostAsJsonAsync(Rel($"/api/v1/orgs/{Slug}/tokens"), new { name = "bench" }), HttpStatusCode.Created))).GetProperty("token").GetString();
        var bundle = Bundles.Minimal(checks: 14_000);
        using var ci = new HttpClient { BaseAddress = baseAddress };
        ci.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            using var content = new ByteArrayContent(bundle);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var clock = Stopwatch.StartNew();
            using var response = await ci.PostAsync(Rel("/api/v1/evidence?product=Product%20001"), content);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"upload: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"upload: {bundle.Length / (1024.0 * 1024):0.0} MB bundle over HTTP with a token, median {Measure.Median([.. times]):0} ms (runs: {string.Join(' ', times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})");
    }

    private static async Task<string> GetPageAsync(HttpClient http, string path)
    {
        using var response = await Send(http.GetAsync(Rel(path)), HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string page, Dictionary<string, string> fields)
    {
        var token = AntiforgeryPattern().Match(await GetPageAsync(http, page));
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(Rel(page), content);
    }

    private static async Task<HttpResponseMessage> Send(Task<HttpResponseMessage> request, HttpStatusCode expected) => Expect(await request, expected);

    private static HttpResponseMessage Expect(HttpResponseMessage response, HttpStatusCode expected) =>
        response.StatusCode == expected ? response
            : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)expected}");

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        using (response)
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
    }

    private static Uri Rel(string path) => new(path, UriKind.Relative);

    [GeneratedRegex(@"open (http://\S+/setup\?token=\S+) ")]
    private static partial Regex SetupLinkPattern();

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
