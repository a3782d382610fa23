using System.IO.Compression;
using System.Net;

namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>
/// Opens a KEV catalogue or EPSS file from a path or an HTTP(S) URL (FIRST publishes EPSS as <c>.csv.gz</c>; gzip is
/// recognised by its magic bytes, not the name), read fully into memory within a size limit so a hostile or broken
/// source cannot exhaust it.
/// </summary>
public static class EnrichmentSource
{
    /// <summary>The most a source may hold once decompressed.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Opens the source; a URL is fetched with <paramref name="http"/> (https, or http on the loopback only).</summary>
    /// <exception cref="EnrichmentFormatException">The source cannot be read, is too large, or the URL is refused.</exception>
    public static async Task<Stream> OpenAsync(string location, HttpClient http, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        ArgumentNullException.ThrowIfNull(http);
        byte[] raw;
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            {
                throw new EnrichmentFormatException($"{location}: refused: use https (plain http is allowed only on the loopback)");
            }

            try
            {
                using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new EnrichmentFormatException($"{location}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                raw = await ReadLimitedAsync(body, location, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new EnrichmentFormatException($"{location}: cannot be fetched ({e.Message})", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new EnrichmentFormatException($"{location}: timed out", e);
            }
        }
        else
        {
            if (!File.Exists(location))
            {
                throw new EnrichmentFormatException($"{location}: file not found");
            }

            await using var file = File.OpenRead(location);
            raw = await ReadLimitedAsync(file, location, cancellationToken).ConfigureAwait(false);
        }

        if (raw.Length >= 2 && raw[0] == 0x1f && raw[1] == 0x8b)
        {
            try
            {
                await using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
                raw = await ReadLimitedAsync(gzip, location, cancellationToken).ConfigureAwait(false);
                if (raw.Length == 0)
                {
                    throw new EnrichmentFormatException($"{location}: not valid gzip data (empty or truncated)");
                }
            }
            catch (InvalidDataException e)
            {
                throw new EnrichmentFormatException($"{location}: not valid gzip data", e);
            }
        }

        return new MemoryStream(raw, writable: false);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream source, string location, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                throw new EnrichmentFormatException($"{location}: larger than the limit of {MaxBytes} bytes");
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
