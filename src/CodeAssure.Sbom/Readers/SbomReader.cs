using System.Text;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.CycloneDx;
using CodeAssure.Sbom.Readers.Spdx;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers;

/// <summary>
/// Reads an SBOM of any supported format into the normalised <see cref="SbomDocument"/> model. The format is recognised from
/// the content, never the file name: CycloneDX 1.2–1.7 JSON and 1.0–1.7 XML; SPDX 2.x JSON, YAML, XML and tag-value;
/// SPDX 3.0 JSON-LD. Input is streamed, so memory grows with the number of components, not with the file's text.
/// </summary>
public static class SbomReader
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Reads the SBOM in a file.</summary>
    /// <exception cref="SbomFormatException">The file is not a readable SBOM; the message names the file, line and column.</exception>
    public static SbomDocument ReadFile(string path, SbomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= SbomReadOptions.Default;
        var length = new FileInfo(path).Length;
        if (length > options.MaxInputBytes)
        {
            throw new SbomFormatException(path, 1, 1, $"the file is {length} bytes, larger than the limit of {options.MaxInputBytes} bytes");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>Reads the SBOM in a stream. A stream that cannot seek is first copied to memory (within the size limit).</summary>
    /// <param name="stream">The input; left open.</param>
    /// <param name="sourceName">The input's name for error messages (e.g. the file name).</param>
    /// <param name="options">Limits; <see cref="SbomReadOptions.Default"/> if null.</param>
    /// <exception cref="SbomFormatException">The input is not a readable SBOM.</exception>
    public static SbomDocument Read(Stream stream, string sourceName, SbomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= SbomReadOptions.Default;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            CopyWithLimit(stream, copy, sourceName, options);
            copy.Position = 0;
            return ReadSeekable(copy, sourceName, options);
        }

        return ReadSeekable(stream, sourceName, options);
    }

    private static SbomDocument ReadSeekable(Stream stream, string sourceName, SbomReadOptions options)
    {
        var origin = stream.Position;
        var prefix = new byte[SniffBytes];
        var length = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        stream.Position = origin;
        var sniffed = prefix.AsSpan(0, length);

        switch (SbomSniffer.FirstSignificantByte(sniffed))
        {
            case null:
                throw new SbomFormatException(sourceName, 1, 1, "the input is empty: expected a CycloneDX or SPDX document");
            case (byte)'<':
                return SbomXmlReader.Read(Unclosed(stream), sourceName, options);
            case (byte)'{':
                var kind = DetectJson(stream, sourceName, options);
                stream.Position = origin;
                if (kind == JsonKind.CycloneDx)
                {
                    // The large documents are CycloneDX: it has its own reader, straight over Utf8JsonReader.
                    return CycloneDxJsonReader.Read(Unclosed(stream), sourceName, options);
                }

                using (var tokens = new JsonTokenReader(Unclosed(stream), sourceName, options))
                {
                    return kind == JsonKind.Spdx2 ? Spdx2StructuredReader.Read(tokens) : Spdx3JsonLdReader.Read(tokens);
                }

            default:
                return SbomSniffer.LooksLikeTagValue(sniffed) ? SpdxTagValueReader.Read(Unclosed(stream), sourceName, options)
                    : SbomSniffer.LooksLikeSpdxYaml(sniffed) ? ReadYaml(stream, sourceName, options)
                    : SbomSniffer.IsUtf16(sniffed) ? SbomXmlReader.Read(Unclosed(stream), sourceName, options)
                    : throw SbomSniffer.Unrecognised(sniffed, sourceName);
        }
    }

    private static SbomDocument ReadYaml(Stream stream, string sourceName, SbomReadOptions options)
    {
        using var tokens = new YamlTokenReader(new StreamReader(Unclosed(stream), Encoding.UTF8, true), sourceName, options);
        return Spdx2StructuredReader.Read(tokens);
    }

    /// <summary>Finds which JSON format this is from the top-level property names, reading no further than needed.</summary>
    private static JsonKind DetectJson(Stream stream, string sourceName, SbomReadOptions options)
    {
        using var tokens = new JsonTokenReader(Unclosed(stream), sourceName, options);
        tokens.ReadRequired();
        if (tokens.Kind != TokenKind.StartObject)
        {
            throw tokens.Error($"expected a JSON object, found {tokens.Describe()}");
        }

        while (true)
        {
            tokens.ReadRequired();
            if (tokens.Kind == TokenKind.EndObject)
            {
                throw new SbomFormatException(sourceName, 1, 1,
                    "not a recognised SBOM: the JSON object has no 'bomFormat' (CycloneDX), 'spdxVersion' (SPDX 2) or SPDX 3 '@context'");
            }

            switch (tokens.Value)
            {
                case "bomFormat":
                    return JsonKind.CycloneDx;
                case "spdxVersion":
                    return JsonKind.Spdx2;
                case "@context":
                    tokens.ReadRequired();
                    if (Spdx3JsonLdReader.IsSpdxContext(tokens))
                    {
                        return JsonKind.Spdx3;
                    }

                    throw tokens.Error("not a recognised SBOM: a JSON-LD document whose '@context' is not SPDX 3");
                default:
                    tokens.SkipValue();
                    break;
            }
        }
    }

    private static void CopyWithLimit(Stream from, Stream to, string sourceName, SbomReadOptions options)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > options.MaxInputBytes)
            {
                throw new SbomFormatException(sourceName, 1, 1, $"the input is larger than the limit of {options.MaxInputBytes} bytes");
            }

            to.Write(buffer, 0, read);
        }
    }

    /// <summary>The readers dispose what they read from; the caller owns the stream.</summary>
    private static UnclosedStream Unclosed(Stream stream) => new UnclosedStream(stream);

    private enum JsonKind
    {
        CycloneDx,
        Spdx2,
        Spdx3,
    }
}
