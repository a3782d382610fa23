using System.Text;
using System.Text.Json;
using System.Xml;
using CodeAssure.Sbom.Validation.Ntia;
using CodeAssure.Sbom.Validation.TextProto;

namespace CodeAssure.Sbom.Validation;

/// <summary>
/// Validates SBOM documents as they are on disk: CycloneDX JSON and XML against the official schemas of the version
/// they declare, CycloneDX protobuf text format, and SPDX 2.2/2.3 JSON and tag-value against the structural rules of
/// the SPDX specification; plus the cross-reference rules no schema expresses. Optionally measures NTIA minimum
/// elements coverage. Never resolves external entities or fetches anything. Safe to reuse; create one and keep it,
/// since the schemas are loaded on first use.
/// </summary>
public sealed class SbomValidator
{
    /// <summary>The largest document accepted, in bytes.</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    private const int MaxJsonDepth = 256;
    private readonly CycloneDxSchemas schemas = new();
    private readonly IPurlSyntax purlSyntax = new PackageUrlSyntax();
    private readonly CycloneDxTextProtoValidator textProto = new();

    /// <summary>Validates one document.</summary>
    /// <param name="content">The document's bytes (UTF-8, or for XML any encoding its declaration names).</param>
    /// <param name="fileName">The file name, used only to recognise protobuf text files (<c>.textproto</c>, <c>.txtpb</c>).</param>
    /// <param name="includeNtia">Whether to measure NTIA minimum elements coverage too.</param>
    public SbomValidationResult Validate(ReadOnlyMemory<byte> content, string? fileName = null, bool includeNtia = false)
    {
        var problems = new List<ValidationProblem>();
        if (content.Length > MaxDocumentBytes)
        {
            problems.Add(new ValidationProblem("", $"the document is larger than the {MaxDocumentBytes / (1024 * 1024)} MiB limit"));
            return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".textproto" or ".txtpb" or ".pbtxt")
        {
            return ValidateTextProto(Decode(content.Span), problems);
        }

        var first = FirstSignificantByte(content.Span);
        return first switch
        {
            (byte)'{' or (byte)'[' => ValidateJson(content, problems, includeNtia),
            (byte)'<' => ValidateXml(content, problems, includeNtia),
            _ => ValidateText(Decode(content.Span), problems, includeNtia),
        };
    }

    private SbomValidationResult ValidateJson(ReadOnlyMemory<byte> content, List<ValidationProblem> problems, bool includeNtia)
    {
        JsonDocument document;
        try
        {
            // Duplicate member names are refused: readers disagree on which one wins, so the BOM is ambiguous.
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = MaxJsonDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var location = e.LineNumber is { } line ? $"{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            problems.Add(new ValidationProblem(location, $"not well-formed JSON: {FirstSentence(e.Message)}"));
            return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("bomFormat", out _) || root.TryGetProperty("specVersion", out _)))
            {
                var version = new CycloneDxJsonValidator(schemas, purlSyntax).Validate(root, problems);
                var ntia = includeNtia ? NtiaAnalyzer.ForCycloneDxJson(root) : null;
                return new SbomValidationResult(SbomDocumentFormat.CycloneDxJson, version, problems, ntia);
            }

            if (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("spdxVersion", out _) || root.TryGetProperty("SPDXID", out _)))
            {
                var version = new SpdxJsonValidator(purlSyntax).Validate(root, problems);
                var ntia = includeNtia ? NtiaAnalyzer.ForSpdxJson(root) : null;
                return new SbomValidationResult(SbomDocumentFormat.SpdxJson, version, problems, ntia);
            }

            var why = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@context", out _)
                ? "JSON-LD documents (such as SPDX 3.0) are not supported; expected CycloneDX JSON or SPDX 2.2/2.3 JSON"
                : "not a CycloneDX BOM (no bomFormat/specVersion) or SPDX document (no spdxVersion)";
            problems.Add(new ValidationProblem("", why));
            return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
        }
    }

    private SbomValidationResult ValidateXml(ReadOnlyMemory<byte> content, List<ValidationProblem> problems, bool includeNtia)
    {
        string text;
        string rootNamespace;
        try
        {
            // First pass, schema-less and secure: find the root element's namespace, which names the version.
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var streamReader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = streamReader.ReadToEnd();
            using var reader = XmlReader.Create(new StringReader(text), CycloneDxXmlValidator.SecureSettings());
            reader.MoveToContent();
            rootNamespace = reader.NamespaceURI;
        }
        catch (XmlException e)
        {
            problems.Add(new ValidationProblem(CycloneDxXmlValidator.Location(e.LineNumber, e.LinePosition), $"not well-formed XML: {FirstSentence(e.Message)}"));
            return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
        }

        if (!rootNamespace.StartsWith(CycloneDxXmlValidator.NamespacePrefix, StringComparison.Ordinal))
        {
            var why = rootNamespace.Contains("spdx", StringComparison.OrdinalIgnoreCase) || rootNamespace.Contains("w3.org/1999/02/22-rdf", StringComparison.Ordinal)
                ? "SPDX RDF/XML and XML documents are not supported; expected CycloneDX XML, SPDX JSON or SPDX tag-value"
                : $"not a CycloneDX BOM: the root element's namespace is '{rootNamespace}'";
            problems.Add(new ValidationProblem("", why));
            return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
        }

        var version = new CycloneDxXmlValidator(schemas, purlSyntax).Validate(text, rootNamespace, problems);
        var ntia = includeNtia ? NtiaAnalyzer.ForCycloneDxXml(text) : null;
        return new SbomValidationResult(SbomDocumentFormat.CycloneDxXml, version, problems, ntia);
    }

    private SbomValidationResult ValidateText(string text, List<ValidationProblem> problems, bool includeNtia)
    {
        if (SpdxTagValueDocument.LooksLikeTagValue(text))
        {
            var document = SpdxTagValueDocument.Parse(text, problems);
            var version = new SpdxTagValueValidator(purlSyntax).Validate(document, problems);
            var ntia = includeNtia ? NtiaAnalyzer.ForSpdxTagValue(document) : null;
            return new SbomValidationResult(SbomDocumentFormat.SpdxTagValue, version, problems, ntia);
        }

        if (TextProtoParser.LooksLikeTextProto(text))
        {
            return ValidateTextProto(text, problems);
        }

        problems.Add(new ValidationProblem("", text.Trim().Length == 0
            ? "the document is empty"
            : "not a recognised SBOM: expected CycloneDX (JSON, XML or protobuf text) or SPDX 2.x (JSON or tag-value)"));
        return new SbomValidationResult(SbomDocumentFormat.Unknown, null, problems, null);
    }

    private SbomValidationResult ValidateTextProto(string text, List<ValidationProblem> problems)
    {
        var version = textProto.Validate(text, problems);
        return new SbomValidationResult(SbomDocumentFormat.CycloneDxProtobufText, version, problems, null);
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static byte FirstSignificantByte(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return 0;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        }

        var text = cut > 0 ? message[..cut] : message;
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
