using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeAssure.Web.Tests.Infrastructure;

/// <summary>A browser-like HTTP client: keeps cookies, does not follow redirects, posts forms with their antiforgery token.</summary>
internal sealed partial class BrowserClient : IDisposable
{
    private readonly HttpClient _http;

    public BrowserClient(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.RelativeOrAbsolute));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page, then POSTs the fields plus its antiforgery token to <paramref name="action"/> (default: the page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, IReadOnlyDictionary<string, string> fields, string? action = null) =>
        await (await LoadFormAsync(page, fields, action))();

    /// <summary>
    /// GETs the page now and returns the POST of the fields with its antiforgery token, to send later: lets a test load
    /// several forms first and then send them at the same moment.
    /// </summary>
    public async Task<Func<Task<HttpResponseMessage>>> LoadFormAsync(string page, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var html = await GetPageAsync(page);
        var token = AntiforgeryPattern().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {page}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return async () =>
        {
            using var content = new FormUrlEncodedContent(form);
            return await _http.PostAsync(new Uri(action ?? page, UriKind.RelativeOrAbsolute), content);
        };
    }

    public Task<HttpResponseMessage> PostJsonAsync<T>(string path, T body) => _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
