using System.Net.Http.Headers;
using System.Text.Json;
using CodeAssure.Checks.Evidence;
using CodeAssure.Cli.Output;

namespace CodeAssure.Cli.Commands.Scan;

/// <summary>
/// <c>scan --upload</c>: posts the evidence bundle to a CodeAssure server with an API token and returns the link the
/// server answers with. Failures carry the server's problem-details title and detail, never a stack trace.
/// </summary>
internal static class EvidenceUploader
{
    public static async Task<string> UploadAsync(Uri server, string token, string product, EvidenceBundle bundle, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(bundle, Json.Options);
        var endpoint = new Uri(server, "/api/v1/evidence?product=" + Uri.EscapeDataString(product));
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"upload to {server} failed: {e.Message}", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"upload refused ({(int)response.StatusCode}): {Problem(text)}");
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.GetProperty("link").GetString() ?? throw new InvalidOperationException("the server's answer has no link");
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidOperationException("the server accepted the upload but its answer is not the expected JSON", e);
            }
        }
    }

    private static string Problem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            return string.Join(": ", new[] { title, detail }.Where(s => !string.IsNullOrEmpty(s)));
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
