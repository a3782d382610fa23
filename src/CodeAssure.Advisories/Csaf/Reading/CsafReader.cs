using System.Text.Json;
using CodeAssure.Advisories.Csaf.Model;

namespace CodeAssure.Advisories.Csaf.Reading;

/// <summary>
/// Reads CSAF 2.0 JSON: checks size and nesting limits first, then parses, then maps onto the typed model. Every
/// failure is a <see cref="CsafReadException"/> naming the position or JSON path and what was wrong.
/// </summary>
public sealed class CsafReader
{
    /// <summary>The default size limit: far above real advisories (large Red Hat VEX files are tens of MB).</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The default nesting limit: real documents nest about 20 levels (branches within branches).</summary>
    public const int DefaultMaxDepth = 128;

    /// <summary>Creates a reader with the given limits.</summary>
    public CsafReader(long maxBytes = DefaultMaxBytes, int maxDepth = DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    /// <summary>The largest document accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public int MaxDepth { get; }

    /// <summary>Reads a whole stream (bounded by <see cref="MaxBytes"/>) into memory.</summary>
    public async Task<byte[]> ReadBytesAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new CsafReadException($"the document is larger than the limit of {MaxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses JSON text into a document tree; the caller disposes it.</summary>
    public JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            throw new CsafReadException($"the document is larger than the limit of {MaxBytes} bytes");
        }

        if (utf8.Length == 0)
        {
            throw new CsafReadException("the document is empty");
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            var reason = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"it is nested more than {MaxDepth} levels deep"
                : FirstSentence(e.Message);
            throw new CsafReadException($"not valid JSON{where}: {reason}", e);
        }
    }

    /// <summary>Maps a parsed document onto the typed model.</summary>
    public static CsafDocument ToModel(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CsafReadException($"a CSAF document is a JSON object, not {root.ValueKind.ToString().ToUpperInvariant()}");
        }

        if (!root.TryGetProperty("document", out var document) || document.ValueKind != JsonValueKind.Object)
        {
            throw new CsafReadException("the required object 'document' is missing");
        }

        try
        {
            return root.Deserialize<CsafDocument>(CsafJson.Options) ?? throw new CsafReadException("the document is null");
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "" : $" at {e.Path}";
            throw new CsafReadException($"the document does not have the CSAF shape{path}: {FirstSentence(e.Message)}", e);
        }
    }

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    public CsafDocument Read(ReadOnlyMemory<byte> utf8)
    {
        using var document = Parse(utf8);
        return ToModel(document.RootElement);
    }

    private static string FirstSentence(string message)
    {
        var text = message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? message;
        var cut = text.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? text[..cut] : text;
    }
}
